# awsjobs: build the C core, run the checks, the demo and the benchmark.
LUA       ?= lua5.4
LUA_INC   ?= $(shell pkg-config --cflags lua5.4 2>/dev/null || echo -I/usr/include/lua5.4)
CC        ?= cc
WARN       = -Wall -Wextra -Wmissing-prototypes -Wstrict-prototypes -Wshadow -Wpointer-arith \
             -Wcast-qual -Wformat=2 -pedantic
CFLAGS    ?= -O2 -g
ALL_CFLAGS = -std=c99 -fPIC -fvisibility=hidden $(WARN) $(CFLAGS) $(EXTRA_CFLAGS) $(LUA_INC)
LIBS       = -lcurl -lssl -lcrypto -lpthread
SRCS       = csrc/buf.c csrc/core.c csrc/lheaders.c csrc/lhttp.c csrc/ljson.c csrc/lmulti.c csrc/lsigv4.c csrc/lutil.c csrc/sigv4.c
HDRS       = $(wildcard csrc/*.h)
CORE       = build/awsjobs/core.so
BUSTED     = $(LUA) /usr/bin/busted
LUA_ENV    = AWS_EC2_METADATA_DISABLED=true LUA_PATH='lua/?.lua;lua/?/init.lua;spec/?.lua;examples/?.lua;;' LUA_CPATH='build/?.so;;'

.PHONY: all deps test lint strict busted clean install asan valgrind fuzz bench demo luajit luajit-test

all: $(CORE)

$(CORE): $(SRCS) $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -shared -o $@ $(SRCS) $(LIBS)

# The same C sources against LuaJIT 2.1 (OpenResty's branch), for nginx's Lua module.
LUAJIT_INC  ?= $(shell pkg-config --cflags luajit 2>/dev/null || echo -I/usr/include/luajit-2.1)
LUAJIT_CORE  = build/luajit/awsjobs/core.so
luajit: $(LUAJIT_CORE)
$(LUAJIT_CORE): $(SRCS) $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) -std=c99 -fPIC -fvisibility=hidden $(WARN) $(CFLAGS) $(EXTRA_CFLAGS) $(LUAJIT_INC) \
	  -shared -o $@ $(SRCS) $(LIBS)

# The conformance and signing specs on LuaJIT, against the LuaJIT build of the core.
LUAJIT_SPECS = spec/sigv4_conformance_spec.lua spec/sign_spec.lua spec/protocol_conformance_spec.lua \
  spec/endpoint_rules_spec.lua
luajit-test: luajit
	AWS_EC2_METADATA_DISABLED=true LUA_PATH='/usr/share/lua/5.1/?.lua;/usr/share/lua/5.1/?/init.lua;;' \
	  LUA_CPATH='/usr/lib/x86_64-linux-gnu/lua/5.1/?.so;;' \
	  luajit /usr/bin/busted --cpath='build/luajit/?.so' -o spec/helpers/summary.lua $(LUAJIT_SPECS)

# The strict build: warnings are errors, and only luaopen_* may leave the object.
strict:
	$(MAKE) -B $(CORE) EXTRA_CFLAGS=-Werror
	@bad=$$(nm -D --defined-only $(CORE) | awk '$$2 == "T" && $$3 !~ /^luaopen_/ {print $$3}'); \
	  if [ -n "$$bad" ]; then echo "exported symbols besides luaopen_*: $$bad"; exit 1; fi

lint:
	luacheck -q --no-color lua spec bench $(wildcard examples tools/*.lua)

busted: $(CORE) $(LUAJIT_CORE)
	$(LUA_ENV) $(BUSTED) -o spec/helpers/summary.lua spec

# Installs missing Debian packages (a no-op when all are there), so a fresh machine can `make test`.
deps:
	@bash tools/install-deps.sh

# Each spec file in its own busted process under a time limit (SPEC_TIMEOUT), so a hang fails.
test: deps
	$(MAKE) lint strict luajit
	LUA=$(LUA) bash tools/run_specs.sh

clean:
	rm -rf build

# make install [PREFIX=/usr/local] [DESTDIR=]: the modules, the core and bin/awsjobs, which
# is told where the modules went (a checkout's bin/awsjobs finds ../lua by itself).
PREFIX      ?= /usr/local
LUA_VERSION ?= 5.4
LUADIR      ?= $(PREFIX)/share/lua/$(LUA_VERSION)
LIBDIR      ?= $(PREFIX)/lib/lua/$(LUA_VERSION)
install: $(CORE)
	cd lua && find awsjobs -name '*.lua' -exec install -D -m 644 {} '$(DESTDIR)$(LUADIR)/{}' \;
	install -D -m 755 $(CORE) '$(DESTDIR)$(LIBDIR)/awsjobs/core.so'
	install -d '$(DESTDIR)$(PREFIX)/bin'
	sed -e 's|^local INSTALL_LUA, INSTALL_LIB = nil, nil|local INSTALL_LUA, INSTALL_LIB = "$(LUADIR)", "$(LIBDIR)"|' \
	  -e '1s|.*|#!/usr/bin/env $(LUA)|' bin/awsjobs > '$(DESTDIR)$(PREFIX)/bin/awsjobs'
	chmod 755 '$(DESTDIR)$(PREFIX)/bin/awsjobs'

# libFuzzer with ASan and UBSan over the C entry points that take untrusted bytes: the
# signer, the JSON decoder, the response header parser and base64. FUZZ_SECONDS bounds the
# whole run: each of the four targets gets a quarter of it (at least 1 s).
FUZZ_SECONDS ?= 60
FUZZ_EACH     = $(shell s=$$(( $(FUZZ_SECONDS) / 4 )); [ $$s -ge 1 ] && echo $$s || echo 1)
FUZZ_CC       = clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
FUZZ_BIN      = build/fuzz/sigv4_fuzz
$(FUZZ_BIN): csrc/sigv4.c csrc/sigv4.h csrc/buf.c csrc/buf.h tools/fuzz/sigv4_fuzz.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -o $@ tools/fuzz/sigv4_fuzz.c csrc/sigv4.c csrc/buf.c -lcrypto
JSON_FUZZ_BIN = build/fuzz/json_fuzz
$(JSON_FUZZ_BIN): csrc/ljson.c csrc/ljson.h csrc/buf.c csrc/buf.h tools/fuzz/json_fuzz.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(LUA_INC) -o $@ tools/fuzz/json_fuzz.c csrc/ljson.c csrc/buf.c -llua5.4 -lcrypto
HEADERS_FUZZ_BIN = build/fuzz/headers_fuzz
$(HEADERS_FUZZ_BIN): csrc/lheaders.c csrc/lheaders.h tools/fuzz/headers_fuzz.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(LUA_INC) -o $@ tools/fuzz/headers_fuzz.c csrc/lheaders.c -llua5.4
BASE64_FUZZ_BIN = build/fuzz/base64_fuzz
$(BASE64_FUZZ_BIN): csrc/lutil.c csrc/lutil.h tools/fuzz/base64_fuzz.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(LUA_INC) -o $@ tools/fuzz/base64_fuzz.c csrc/lutil.c -llua5.4 -lcrypto
fuzz: $(FUZZ_BIN) $(JSON_FUZZ_BIN) $(HEADERS_FUZZ_BIN) $(BASE64_FUZZ_BIN)
	@mkdir -p build/fuzz/corpus build/fuzz/json-corpus build/fuzz/headers-corpus build/fuzz/base64-corpus
	$(FUZZ_BIN) -max_total_time=$(FUZZ_EACH) -max_len=4096 -print_final_stats=1 -artifact_prefix=build/fuzz/ \
	  build/fuzz/corpus tools/fuzz/seeds
	$(JSON_FUZZ_BIN) -max_total_time=$(FUZZ_EACH) -max_len=8192 -print_final_stats=1 -artifact_prefix=build/fuzz/ \
	  build/fuzz/json-corpus tools/fuzz/json-seeds
	$(HEADERS_FUZZ_BIN) -max_total_time=$(FUZZ_EACH) -max_len=8192 -print_final_stats=1 -artifact_prefix=build/fuzz/ \
	  build/fuzz/headers-corpus tools/fuzz/headers-seeds
	$(BASE64_FUZZ_BIN) -max_total_time=$(FUZZ_EACH) -max_len=4096 -print_final_stats=1 -artifact_prefix=build/fuzz/ \
	  build/fuzz/base64-corpus tools/fuzz/base64-seeds

# The specs against a core built with AddressSanitizer and UBSan (the interpreter is not
# instrumented, so the runtime is preloaded; Lua's own exit-time allocations are not leaks).
# --cpath: .busted puts build/?.so first, which would load the uninstrumented core.
ASAN_CORE = build/asan/awsjobs/core.so
asan:
	@mkdir -p $(dir $(ASAN_CORE))
	$(CC) $(ALL_CFLAGS) -O1 -fno-omit-frame-pointer -fsanitize=address,undefined \
	  -fno-sanitize-recover=undefined -shared -o $(ASAN_CORE) $(SRCS) $(LIBS)
	LD_PRELOAD="$$($(CC) -print-file-name=libasan.so) $$($(CC) -print-file-name=libubsan.so)" \
	  ASAN_OPTIONS=detect_leaks=0 \
	  LUA_PATH='lua/?.lua;lua/?/init.lua;spec/?.lua;examples/?.lua;;' LUA_CPATH='build/asan/?.so;;' \
	  $(BUSTED) --cpath='build/asan/?.so' -o spec/helpers/summary.lua $(VALGRIND_SPECS)

# The unit specs under valgrind: any invalid read or write, or a definite leak, fails.
VALGRIND_SPECS ?= spec/sign_spec.lua spec/sigv4_conformance_spec.lua spec/json_decode_spec.lua spec/transport_spec.lua \
                  spec/protocol_conformance_spec.lua spec/client_spec.lua spec/retry_spec.lua \
                  spec/core_headers_spec.lua spec/core_base64_spec.lua spec/curl_limits_spec.lua
valgrind: $(CORE)
	$(LUA_ENV) valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
	  $(BUSTED) -o spec/helpers/summary.lua $(VALGRIND_SPECS)

bench: $(CORE)
	bash bench/run.sh

demo: deps $(CORE)
	@bash tools/demo.sh

# API docs of the hand-written public API (LDoc, Debian's lua-ldoc + lua-markdown) into
# build/docs/; any warning LDoc prints fails the target. (docs/ is also a folder: phony.)
.PHONY: docs
docs:
	@mkdir -p build/docs
	@ldoc -c config.ld . >build/ldoc.log 2>&1 || { cat build/ldoc.log; exit 1; }
	@cat build/ldoc.log
	@if grep -iqE 'warn|not found|error|^[^ ]+:[0-9]+: ' build/ldoc.log; then echo "make docs: LDoc reported problems"; exit 1; fi
