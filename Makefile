# awsjobs: build the C core, run the checks, the demo and the benchmark.
LUA       ?= lua5.4
LUA_INC   ?= $(shell pkg-config --cflags lua5.4 2>/dev/null || echo -I/usr/include/lua5.4)
CC        ?= cc
WARN       = -Wall -Wextra -Wmissing-prototypes -Wstrict-prototypes -Wshadow -Wpointer-arith \
             -Wcast-qual -Wformat=2 -pedantic
CFLAGS    ?= -O2 -g
ALL_CFLAGS = -std=c99 -fPIC -fvisibility=hidden $(WARN) $(CFLAGS) $(EXTRA_CFLAGS) $(LUA_INC)
LIBS       = -lcurl -lssl -lcrypto
SRCS       = csrc/core.c csrc/lsigv4.c csrc/sigv4.c
HDRS       = $(wildcard csrc/*.h)
CORE       = build/awsjobs/core.so
BUSTED     = $(LUA) /usr/bin/busted
LUA_ENV    = LUA_PATH='lua/?.lua;lua/?/init.lua;spec/?.lua;;' LUA_CPATH='build/?.so;;'

.PHONY: all test lint strict busted clean asan valgrind fuzz bench demo rock-check

all: $(CORE)

$(CORE): $(SRCS) $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -shared -o $@ $(SRCS) $(LIBS)

# The strict build: warnings are errors, and only luaopen_* may leave the object.
strict:
	$(MAKE) -B $(CORE) EXTRA_CFLAGS=-Werror
	@bad=$$(nm -D --defined-only $(CORE) | awk '$$2 == "T" && $$3 !~ /^luaopen_/ {print $$3}'); \
	  if [ -n "$$bad" ]; then echo "exported symbols besides luaopen_*: $$bad"; exit 1; fi

lint:
	luacheck -q --no-color lua spec tools bench examples

busted: $(CORE)
	$(LUA_ENV) $(BUSTED) -o spec/helpers/summary.lua spec

test: lint strict
	$(LUA_ENV) $(BUSTED) -o spec/helpers/summary.lua spec

clean:
	rm -rf build
