#!/usr/bin/env python3
"""Writes the operation reference, the command line's help data and the editor types
from botocore's service models (their documentation, which the runtime models leave out).

Usage: python3 tools/gen_docs.py            (write every file below)
       python3 tools/gen_docs.py --check    (exit 1 if a committed file is stale)

For each service of tools/gen_models.py it writes
  docs/<service>.md                 one section per operation (docs/README.md indexes them)
  lua/awsjobs/docs/<service>.lua    compact help text for `awsjobs ... help`
  types/awsjobs/<service>.d.lua     LuaLS definitions (---@meta) of the client's methods
Nothing here is loaded by the runtime: making a client requires none of these files.
"""
import argparse
import html.parser
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_models import SERVICES, botocore_data, load_json  # noqa: E402
from generated import write_or_check  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
COMMAND = "python3 tools/gen_docs.py"
TITLES = {"ecs": "Amazon ECS", "batch": "AWS Batch", "iot": "AWS IoT",
          "sagemaker": "Amazon SageMaker", "logs": "Amazon CloudWatch Logs"}
LUA_KEYWORDS = {"and", "break", "do", "else", "elseif", "end", "false", "for", "function",
                "goto", "if", "in", "local", "nil", "not", "or", "repeat", "return", "then",
                "true", "until", "while"}
IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


# ---------------------------------------------------------------- HTML -> Markdown

class Node:
    def __init__(self, tag, attrs=None):
        self.tag, self.attrs, self.children = tag, dict(attrs or {}), []


VOID = {"br", "img", "hr"}


class TreeBuilder(html.parser.HTMLParser):
    """A forgiving parse into a tree: unmatched end tags are ignored, open ones close at the end."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("root")
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs)
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, attrs))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


BLOCK = {"p", "div", "ul", "ol", "li", "note", "important", "dl", "dt", "dd", "pre",
         "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "para"}


def escape_text(s):
    s = s.replace("*", "\\*")
    return re.sub(r"<(?=[A-Za-z/!])", r"\\<", s)


def inline(node):
    if isinstance(node, str):
        return escape_text(re.sub(r"\s+", " ", node))
    tag = node.tag
    if tag == "br":
        return "\n"
    if tag == "code":
        text = re.sub(r"\s+", " ", text_of(node)).strip()
        if not text:
            return ""
        fence = "``" if "`" in text else "`"
        return fence + text + fence
    inner = "".join(inline(c) for c in node.children)
    if tag in ("b", "strong", "i", "em"):
        stripped = inner.strip()
        if not stripped:
            return inner
        mark = "**" if tag in ("b", "strong") else "*"
        lead = " " if inner[:1].isspace() else ""
        trail = " " if inner[-1:].isspace() else ""
        return lead + mark + stripped + mark + trail
    if tag == "a":
        href = node.attrs.get("href") or ""
        text = inner.strip()
        if href.startswith("http") and text:
            return "[%s](%s)" % (text, href.strip())
        return inner
    return inner


def text_of(node):
    if isinstance(node, str):
        return node
    return "".join(text_of(c) for c in node.children)


def indent(text, prefix):
    return "\n".join((prefix + line) if line else line for line in text.split("\n"))


def blocks(node):
    """The Markdown blocks (paragraphs, lists, notes) of node's children."""
    out, buf = [], []

    def flush():
        text = "".join(buf)
        text = re.sub(r"[ \t]+", " ", text)
        text = "\n".join(line.strip() for line in text.split("\n")).strip()
        if text:
            out.append(text)
        buf.clear()

    for child in node.children:
        if isinstance(child, str) or child.tag not in BLOCK:
            buf.append(inline(child))
            continue
        flush()
        tag = child.tag
        if tag in ("ul", "ol", "li"):
            items = [c for c in child.children if not (isinstance(c, str) and not c.strip())]
            if tag == "li":
                items = [child]
            lines = []
            for n, item in enumerate(items, 1):
                marker = ("%d. " % n) if tag == "ol" else "- "
                if not (isinstance(item, Node) and item.tag == "li"):
                    holder = Node("li")  # text or a tag straight inside <ul>: an item of its own
                    holder.children.append(item)
                    item = holder
                inner = blocks(item)
                if not inner:
                    continue
                body = "\n\n".join(inner)
                lines.append(marker + indent(body, " " * len(marker))[len(marker):])
            if lines:
                out.append("\n".join(lines))
        elif tag in ("note", "important"):
            inner = blocks(child)
            if inner:
                label = "**Note:** " if tag == "note" else "**Important:** "
                inner[0] = label + inner[0]
                out.append(indent("\n\n".join(inner), "> ").replace("\n\n", "\n>\n"))
        elif tag == "pre":
            out.append("```\n" + text_of(child).strip("\n") + "\n```")
        elif tag == "dt" or tag.startswith("h"):
            text = "".join(inline(c) for c in child.children).strip()
            if text:
                out.append("**" + text + "**")
        else:
            out.extend(blocks(child))
    flush()
    return out


def markdown(doc):
    if not doc:
        return ""
    tb = TreeBuilder()
    tb.feed(doc)
    tb.close()
    return "\n\n".join(blocks(tb.root))


def first_sentence(md, limit=160):
    """One line: the first sentence of the first paragraph, without Markdown markup."""
    para = md.split("\n\n")[0] if md else ""
    para = re.sub(r"^> ", "", para)
    para = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", para)
    para = para.replace("**", "").replace("`", "").replace("\\*", "*").replace("\\<", "<")
    para = re.sub(r"(?<![\w*])\*(?!\s)([^*]+)\*", r"\1", para)
    para = re.sub(r"\s+", " ", para).strip()
    m = re.search(r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)\.(\s+)(?=[A-Z(])", para)
    if m:
        para = para[:m.start() + 1]
    if len(para) > limit:
        para = para[:limit - 3].rsplit(" ", 1)[0] + "..."
    return para


# ---------------------------------------------------------------- model facts

def lower_camel(name):
    return name[:1].lower() + name[1:]


class Service:
    def __init__(self, name, version, data_dir, extra_waiters):
        base = os.path.join(data_dir, name, version)
        self.name, self.version = name, version
        self.model = load_json(os.path.join(base, "service-2.json.gz"))
        self.shapes = self.model["shapes"]
        self.ops = self.model["operations"]
        p = os.path.join(base, "paginators-1.json")
        self.paginators = load_json(p).get("pagination", {}) if os.path.exists(p) else {}
        w = os.path.join(base, "waiters-2.json")
        waiters = load_json(w).get("waiters", {}) if os.path.exists(w) else {}
        self.waiters = {}  # operation -> [(name, origin)]
        for wname, wdef in waiters.items():
            self.waiters.setdefault(wdef["operation"], []).append((wname, "botocore"))
        for wname, op in extra_waiters.get(name, []):
            self.waiters.setdefault(op, []).append((wname, "waiters_extra.lua"))
        self.md = {}

    def doc(self, text):
        """Markdown of one documentation string (memoised: shapes share text)."""
        if text not in self.md:
            self.md[text] = markdown(text)
        return self.md[text]

    def type_name(self, shape_name):
        """The member type as the reference shows it."""
        s = self.shapes[shape_name]
        t = s["type"]
        if t == "structure":
            return shape_name
        if t == "list":
            return "list of " + self.type_name(s["member"]["shape"])
        if t == "map":
            return "map of %s to %s" % (self.type_name(s["key"]["shape"]), self.type_name(s["value"]["shape"]))
        if t == "string" and "enum" in s:
            return "string (%s)" % shape_name
        return {"long": "integer", "double": "number", "float": "number", "timestamp": "timestamp",
                "blob": "blob"}.get(t, t)

    def constraints(self, shape_name, member, member_name=None):
        s = self.shapes[shape_name]
        t, out = s["type"], []
        lo, hi = s.get("min"), s.get("max")
        if lo is not None or hi is not None:
            what = {"string": "length", "blob": "length", "list": "items", "map": "entries"}.get(t, "range")
            if lo is not None and hi is not None:
                out.append("%s %s..%s" % (what, lo, hi))
            elif lo is not None:
                out.append("%s at least %s" % (what, lo))
            else:
                out.append("%s at most %s" % (what, hi))
        if s.get("pattern"):
            pat = s["pattern"]
            out.append("pattern " + ("`` %s ``" % pat if "`" in pat else "`%s`" % pat))
        if "enum" in s:
            out.append("one of " + ", ".join("`%s`" % v for v in s["enum"]))
        if member.get("idempotencyToken"):
            out.append("idempotency token: a random UUID when absent")
        loc = member.get("location")
        if loc:
            where = {"uri": "in the URL path", "querystring": "in the query string",
                     "header": "in the header", "headers": "in headers"}.get(loc, loc)
            name = member.get("locationName")
            header = loc == "header" or (name and name != member_name)
            out.append("sent %s%s" % (where, (" as `%s`" % name) if header else ""))
        if member.get("deprecated") or s.get("deprecated"):
            out.append("deprecated")
        return out

    def input_members(self, op):
        """[(name, member, required)] of an operation's input: required first, then model order."""
        if "input" not in op:
            return []
        s = self.shapes[op["input"]["shape"]]
        req = set(s.get("required", []))
        members = list(s.get("members", {}).items())
        return ([(n, m, True) for n, m in members if n in req] +
                [(n, m, False) for n, m in members if n not in req])

    def output_members(self, op):
        if "output" not in op:
            return []
        return list(self.shapes[op["output"]["shape"]].get("members", {}).items())

    def structures(self):
        """Every structure shape an operation uses: input, output, errors, and all they hold."""
        seen, order = set(), []

        def walk(name):
            if name in seen:
                return
            seen.add(name)
            s = self.shapes[name]
            if s["type"] == "structure":
                order.append(name)
            for k in ("member", "key", "value"):
                if k in s:
                    walk(s[k]["shape"])
            for m in s.get("members", {}).values():
                walk(m["shape"])
        for op_name in sorted(self.ops):
            op = self.ops[op_name]
            for k in ("input", "output"):
                if k in op:
                    walk(op[k]["shape"])
            for e in op.get("errors", []):
                walk(e["shape"])
        return sorted(order)


def extra_waiters():
    """{service: [(waiter, operation)]} from lua/awsjobs/waiters_extra.lua, read by Lua itself."""
    script = ('local w = dofile(arg[1]) for s, t in pairs(w) do for n, d in pairs(t) do '
              'print(s .. " " .. n .. " " .. d.operation) end end')
    path = os.path.join(ROOT, "lua", "awsjobs", "waiters_extra.lua")
    out = subprocess.run(["lua5.4", "-", path], input=script, capture_output=True, text=True,
                         check=True)
    found = {}
    for line in sorted(out.stdout.split("\n")):
        if line.strip():
            s, n, op = line.split()
            found.setdefault(s, []).append((n, op))
    return found


# ---------------------------------------------------------------- docs/<service>.md

def lua_call(svc, op_name, op, multiline_over=100):
    names = [n for n, _, _ in svc.input_members(op)]
    head = "local out, err = %s:%s" % (svc.name, lower_camel(op_name))
    if not names:
        return head + "{}"
    one = head + "{ " + ", ".join("%s = ..." % n for n in names) + " }"
    if len(one) <= multiline_over:
        return one
    return head + "{\n" + "".join("  %s = ...,\n" % n for n in names) + "}"


def member_line(svc, name, member, required, doc_md, short):
    shape = member["shape"]
    parts = ["`%s`" % svc.type_name(shape)]
    if required:
        parts.append("**required**")
    parts.extend(svc.constraints(shape, member, name))
    head = "- **%s**: %s." % (name, "; ".join(parts))
    text = first_sentence(doc_md) if short else doc_md
    if not text:
        return head
    if short:
        return head + " " + text
    return head + "\n\n" + indent(text, "  ")


def paginator_text(svc, op_name):
    p = svc.paginators.get(op_name)
    if not p:
        return None
    keys = p.get("result_key")
    keys = keys if isinstance(keys, list) else [keys]
    bits = ["`%s:pages(\"%s\", params)` walks the pages, `%s:all(\"%s\", params)` joins %s" % (
        svc.name, op_name, svc.name, op_name, ", ".join("`%s`" % k for k in keys))]
    tokens = p.get("input_token")
    tokens = tokens if isinstance(tokens, list) else [tokens]
    bits.append("tokens: %s" % ", ".join("`%s`" % t for t in tokens))
    if p.get("limit_key"):
        bits.append("page size: `%s`" % p["limit_key"])
    return "; ".join(bits) + "."


def waiter_text(svc, op_name):
    ws = svc.waiters.get(op_name)
    if not ws:
        return None
    return ", ".join("`%s:waitUntil(\"%s\", params)`%s" % (
        svc.name, n, " (awsjobs)" if origin != "botocore" else "") for n, origin in sorted(ws)) + "."


def operation_md(svc, op_name, short):
    """An operation's section: the page's text (short=True: member docs cut to one sentence)."""
    op = svc.ops[op_name]
    out = ["## " + op_name, ""]
    desc = svc.doc(op.get("documentation", ""))
    if op.get("deprecated"):
        out += ["**Deprecated.**", ""]
    if desc:
        out += [desc, ""]
    out += ["```lua", lua_call(svc, op_name, op), "```", ""]
    members = svc.input_members(op)
    if members:
        out += ["**Request** (`%s`)" % op["input"]["shape"], ""]
        for name, m, req in members:
            out.append(member_line(svc, name, m, req, svc.doc(m.get("documentation", "")), short))
            if not short:
                out.append("")
        if short:
            out.append("")
    else:
        out += ["**Request**: no parameters.", ""]
    outs = svc.output_members(op)
    if outs:
        out += ["**Response** (`%s`)" % op["output"]["shape"], ""]
        for name, m in outs:
            out.append(member_line(svc, name, m, False, svc.doc(m.get("documentation", "")), True))
        out.append("")
    else:
        out += ["**Response**: an empty table.", ""]
    errs = [e["shape"] for e in op.get("errors", [])]
    if errs:
        out += ["**Errors** (`err.code`): " + ", ".join("`%s`" % e for e in errs) + ".", ""]
    pg = paginator_text(svc, op_name)
    if pg:
        out += ["**Paginator**: " + pg, ""]
    wt = waiter_text(svc, op_name)
    if wt:
        out += ["**Waiters**: " + wt, ""]
    return "\n".join(out).rstrip("\n") + "\n"


def header_line(svc, botocore_version):
    return "Generated from botocore %s (%s %s); do not edit. Regenerate: %s" % (
        botocore_version, svc.name, svc.version, COMMAND)


def service_md(svc, botocore_version):
    out = ["<!-- %s -->" % header_line(svc, botocore_version),
           "# %s (`awsjobs.%s`, API %s)" % (TITLES.get(svc.name, svc.name), svc.name, svc.version), ""]
    doc = svc.doc(svc.model.get("documentation", ""))
    out += [first_sentence(doc, 400) if doc else "", ""]
    out += ["```lua",
            "local awsjobs = require \"awsjobs\"",
            "local %s = assert(awsjobs.%s { region = \"us-east-1\" })" % (svc.name, svc.name),
            "```", "",
            "Every call returns the response table, or `nil, err` (see the README's Errors). "
            "Member names are the API's; timestamps are unix seconds (ISO 8601 strings are "
            "accepted in requests); blobs are Lua strings.", "",
            "%d operations:" % len(svc.ops), ""]
    out.append(" · ".join("[%s](#%s)" % (n, n.lower()) for n in sorted(svc.ops)))
    out.append("")
    for name in sorted(svc.ops):
        out.append(operation_md(svc, name, short=False))
    return "\n".join(out)


def index_md(services, botocore_version):
    out = ["<!-- Generated by tools/gen_docs.py from botocore %s; do not edit. Regenerate: %s -->"
           % (botocore_version, COMMAND),
           "# awsjobs operation reference", "",
           "One page per service, generated from the AWS service models that the clients are "
           "generated from. Each operation's section gives its description, the Lua call, every "
           "request member (type, required, constraints, documentation), the response members, "
           "the errors, and the paginator and waiters that use it.", "",
           "Editor types for the same operations are in `types/awsjobs/` (see the README, "
           "\"Editor types and reference\").", "",
           "| service | page | API version | operations | paginators | waiters |",
           "| --- | --- | --- | --- | --- | --- |"]
    for svc in services:
        nw = sum(len(v) for v in svc.waiters.values())
        out.append("| %s | [%s.md](%s.md) | %s | %d | %d | %d |" % (
            TITLES.get(svc.name, svc.name), svc.name, svc.name, svc.version, len(svc.ops),
            len(svc.paginators), nw))
    out.append("")
    for svc in services:
        out += ["## %s" % svc.name, ""]
        out.append(" · ".join("[%s](%s.md#%s)" % (n, svc.name, n.lower()) for n in sorted(svc.ops)))
        out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------- lua/awsjobs/docs/<service>.lua

def lua_string(s):
    out = ['"']
    for ch in s.encode("utf-8"):
        c = chr(ch)
        if c in '"\\':
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append("\\%03d" % ch)
    out.append('"')
    return "".join(out)


def lua_key(k):
    return k if IDENT.match(k) and k not in LUA_KEYWORDS else "[" + lua_string(k) + "]"


def help_lua(svc, botocore_version):
    lines = ["-- " + header_line(svc, botocore_version),
             "-- luacheck: no max line length",
             "-- Help text for the command line (awsjobs ... help); the runtime never loads it.",
             "return {", "operations = {"]
    for name in sorted(svc.ops):
        lines.append("%s = %s," % (lua_key(name), lua_string(operation_md(svc, name, short=True))))
    lines += ["},", "shapes = {"]
    for name in svc.structures():
        s = svc.shapes[name]
        members = ",".join("%s=%s" % (lua_key(m), lua_string(svc.doc(md.get("documentation", ""))))
                           for m, md in sorted(s.get("members", {}).items()))
        lines.append("%s = {doc=%s,members={%s}}," % (
            lua_key(name), lua_string(svc.doc(s.get("documentation", ""))), members))
    lines += ["},", "}", ""]
    return "\n".join(lines)


# ---------------------------------------------------------------- types/awsjobs/<service>.d.lua

def one_line(text, limit=200):
    return first_sentence(text, limit).replace("\n", " ")


class Types:
    def __init__(self, svc):
        self.svc = svc
        self.prefix = "awsjobs.%s." % svc.name
        self.enums = {}

    def lua_type(self, shape_name):
        s = self.svc.shapes[shape_name]
        t = s["type"]
        if t == "structure":
            return "any" if s.get("document") else self.prefix + shape_name
        if t == "list":
            inner = self.lua_type(s["member"]["shape"])
            return ("(%s)[]" % inner) if "|" in inner else inner + "[]"
        if t == "map":
            return "table<%s, %s>" % (self.lua_type(s["key"]["shape"]), self.lua_type(s["value"]["shape"]))
        if t == "string" and "enum" in s:
            self.enums[shape_name] = s["enum"]
            return self.prefix + shape_name
        return {"string": "string", "blob": "string", "boolean": "boolean", "integer": "integer",
                "long": "integer", "float": "number", "double": "number",
                "timestamp": "awsjobs.Timestamp"}.get(t, "any")

    def render(self, botocore_version):
        svc, p = self.svc, self.prefix
        body = []
        for name in svc.structures():
            s = svc.shapes[name]
            doc = one_line(svc.doc(s.get("documentation", "")))
            if doc:
                body.append("---" + doc)
            if s.get("exception"):
                body.append("---(The members of `err.data` when `err.code` is %s.)" % name)
            body.append("---@class %s%s" % (p, name))
            req = set(s.get("required", [])) if not s.get("union") else set()
            for m, md in s.get("members", {}).items():
                key = m if IDENT.match(m) and m not in LUA_KEYWORDS else '["%s"]' % m
                opt = "" if m in req else "?"
                desc = one_line(svc.doc(md.get("documentation", "")), 160)
                if desc and not desc[0].isalnum():
                    desc = "# " + desc  # so LuaLS cannot read it as part of the type
                line = "---@field %s%s %s %s" % (key, opt, self.lua_type(md["shape"]), desc)
                body.append(line.rstrip())
            body.append("")
        client = p + "Client"
        methods = ["---@class %s: awsjobs.Client" % client,
                   "local %s = {}" % svc.name, ""]
        for op_name in sorted(svc.ops):
            op = svc.ops[op_name]
            doc = one_line(svc.doc(op.get("documentation", "")))
            if doc:
                methods.append("---" + doc)
            if op.get("deprecated"):
                methods.append("---@deprecated")
            if "input" in op:
                s = svc.shapes[op["input"]["shape"]]
                opt = "" if s.get("required") else "?"
                methods.append("---@param params%s %s%s" % (opt, p, op["input"]["shape"]))
            else:
                methods.append("---@param params? table")
            result = (p + op["output"]["shape"]) if "output" in op else "table"
            methods.append("---@return %s? result" % result)
            methods.append("---@return awsjobs.Error? err")
            methods.append("function %s:%s(params) end" % (svc.name, lower_camel(op_name)))
            methods.append("")
        aliases = ["---@alias %sOperation %s" % (p, "|".join('"%s"' % n for n in sorted(svc.ops)))]
        waiters = sorted({n for ws in svc.waiters.values() for n, _ in ws})
        if waiters:
            aliases.append("---@alias %sWaiter %s" % (p, "|".join('"%s"' % n for n in waiters)))
        if svc.paginators:
            aliases.append("---@alias %sPaginated %s" % (
                p, "|".join('"%s"' % n for n in sorted(svc.paginators))))
        for name in sorted(self.enums):
            aliases.append("---@alias %s%s %s" % (p, name, "|".join('"%s"' % v for v in self.enums[name])))
        typed = [
            "---Calls an operation by name.",
            "---@param operation %sOperation" % p,
            "---@param params? table",
            "---@return table? result",
            "---@return awsjobs.Error? err",
            "function %s:call(operation, params) end" % svc.name, "",
        ]
        if waiters:
            typed += ["---Polls until the waiter's success state (or fails with err.kind \"waiter\").",
                      "---@param name %sWaiter" % p,
                      "---@param params? table",
                      "---@param opts? awsjobs.WaiterOptions",
                      "---@return table? result",
                      "---@return awsjobs.Error? err",
                      "function %s:waitUntil(name, params, opts) end" % svc.name, ""]
        if svc.paginators:
            typed += ["---Iterates over the pages of a paginated operation; a failed page is false, err.",
                      "---@param operation %sPaginated" % p,
                      "---@param params? table",
                      "---@return fun(): (table|false|nil), awsjobs.Error?",
                      "function %s:pages(operation, params) end" % svc.name, "",
                      "---The result list of every page joined (a table of lists where there are several keys).",
                      "---@param operation %sPaginated" % p,
                      "---@param params? table",
                      "---@return table? items",
                      "---@return awsjobs.Error? err",
                      "function %s:all(operation, params) end" % svc.name, ""]
        head = ["---@meta",
                "-- " + header_line(svc, botocore_version),
                "-- LuaLS definitions of awsjobs.%s (see types/awsjobs/init.d.lua for the rest of the API)." % svc.name,
                ""]
        return "\n".join(head + aliases + [""] + body + methods + typed).rstrip("\n") + "\n"


# ---------------------------------------------------------------- main

def outputs():
    data_dir, botocore_version = botocore_data()
    extra = extra_waiters()
    services = [Service(name, version, data_dir, extra) for name, version in SERVICES]
    files = {os.path.join("docs", "README.md"): index_md(services, botocore_version)}
    for svc in services:
        files[os.path.join("docs", svc.name + ".md")] = service_md(svc, botocore_version)
        files[os.path.join("lua", "awsjobs", "docs", svc.name + ".lua")] = help_lua(svc, botocore_version)
        files[os.path.join("types", "awsjobs", svc.name + ".d.lua")] = Types(svc).render(botocore_version)
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a committed file is stale")
    args = parser.parse_args()
    files = ((os.path.join(ROOT, rel), text) for rel, text in sorted(outputs().items()))
    write_or_check(files, args.check, COMMAND)


if __name__ == "__main__":
    main()
