#!/usr/bin/env python3
"""Externalization helper (one-off, kept for the next bundle): finds the user-visible string literals of a bundle's
Java sources, moves them into the package's Messages class / messages.properties, turns concatenations into
NLS.bind, and marks every remaining literal //$NON-NLS-n$.

  nls_tool.py scan  SRC_DIR            list the literals it would externalize (file:line: text)
  nls_tool.py apply SRC_DIR [SKIPFILE] externalize; SKIPFILE lists texts (one a line) to leave alone
  nls_tool.py mark  SRC_DIR            only add //$NON-NLS-n$ markers to unmarked literals
"""
import os
import re
import sys

TOKEN = re.compile(r'''
   (?P<ws>\s+)
 | (?P<lcomment>//[^\n]*)
 | (?P<bcomment>/\*.*?\*/)
 | (?P<textblock>"""(?:\\.|[^\\])*?""")
 | (?P<string>"(?:\\.|[^"\\\n])*")
 | (?P<char>'(?:\\.|[^'\\\n])+')
 | (?P<ident>[A-Za-z_$][A-Za-z0-9_$]*)
 | (?P<number>\d[\w.]*)
 | (?P<op>::|->|\+\+|--|&&|\|\||[-+*/%=!<>&|^]=?|[?:;,.(){}\[\]@~])
''', re.S | re.X)


class Tok:
    def __init__(self, kind, text, start):
        self.kind, self.text, self.start = kind, text, start

    def __repr__(self):
        return f'{self.kind}:{self.text}'


def tokenize(src):
    toks, pos = [], 0
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise SyntaxError(f'cannot tokenize at {pos}: {src[pos:pos + 40]!r}')
        toks.append(Tok(m.lastgroup, m.group(), pos))
        pos = m.end()
    return toks


def unescape(lit):
    body = lit[1:-1]
    return bytes(body, 'utf-8').decode('unicode_escape').encode('latin-1').decode('utf-8') \
        if '\\' in body else body


def textblock_value(lit):
    """The value of a text block: incidental indentation and trailing blanks removed, escapes processed."""
    body = lit[3:-3]
    body = body[body.index('\n') + 1:]
    lines = body.split('\n')
    indents = [len(l) - len(l.lstrip(' ')) for l in lines[:-1] if l.strip()]
    last = lines[-1]
    indents.append(len(last) - len(last.lstrip(' ')) if not last.strip() else len(last) - len(last.lstrip(' ')))
    cut = min(indents) if indents else 0
    stripped = [l[cut:].rstrip(' ') for l in lines]
    text = '\n'.join(stripped)
    text = text.replace('\\\n', '')  # a backslash at the end of a line joins it with the next
    return java_unescape('"' + text.replace('"', '\\"') + '"')


def java_unescape(lit):
    if lit.startswith('"""'):
        return textblock_value(lit)
    out, i, body = [], 0, lit[1:-1]
    while i < len(body):
        c = body[i]
        if c == '\\':
            n = body[i + 1]
            if n == 'u':
                out.append(chr(int(body[i + 2:i + 6], 16)))
                i += 6
                continue
            out.append({'n': '\n', 't': '\t', '"': '"', "'": "'", '\\': '\\', 'r': '\r', 'b': '\b', 'f': '\f',
                        's': ' '}[n])
            i += 2
            continue
        out.append(c)
        i += 1
    return ''.join(out)


ID_LIKE = re.compile(r'^[A-Za-z0-9_$.\-/*#:\[\]]*$')
NON_VISIBLE_CALLS = {'equals', 'matches', 'split', 'replaceFirst', 'replaceAll', 'startsWith', 'endsWith', 'getData',
                     'setData', 'contains', 'indexOf', 'getAttribute', 'getProperty', 'compile', 'of_', 'info',
                     'warn', 'debug', 'error', 'trace', 'getLogger', 'getChild', 'getChildren', 'createExecutableExtension',
                     'equalsIgnoreCase', 'getString', 'get', 'put', 'PolicyPart', 'getExtensionPoint', 'lastIndexOf',
                     'getImageDescriptor', 'imageDescriptorFromPlugin', 'Path', 'getParameter', 'showView', 'findView',
                     'getBoolean', 'putBoolean', 'node', 'getInt', 'putInt', 'addMessage_', 'format', 'ofPattern',
                     'getenv', 'printf', 'getProperty', 'setProperty', 'parse', 'executeCommand', 'getCommand', 'getContext',
                     'hideView', 'getService', 'IllegalStateException', 'IllegalArgumentException',
                     'UnsupportedOperationException', 'NullPointerException', 'AssertionError', 'requireNonNull',
                     'Status_', 'resolve', 'of', 'getPath', 'replace', 'strip', 'trim', 'forName', 'loadClass',
                     'getEntry', 'getResource', 'createImage', 'join'}
LOG_LIKE = {'log', 'logError', 'logWarning'}


def visible(text):
    if not re.search(r'[A-Za-z]', text):
        return False
    if ' ' not in text and ID_LIKE.match(text):
        # single token: a word with a capital first letter and lower case after it is a label ("Host", "Port:")
        return bool(re.match(r'^[A-Z][a-z]+[a-z:…]*$', text)) and text not in {'Composite', 'Shell', 'Label'}
    if re.match(r'^[a-z0-9_.\-]+(\.[a-z0-9_\-]+)+$', text):
        return False
    return True


def enclosing_call(toks, i):
    """The name of the method/constructor whose argument list holds token i, and the argument's index."""
    depth, arg = 0, 0
    j = i - 1
    while j >= 0:
        t = toks[j]
        if t.kind in ('ws', 'lcomment', 'bcomment'):
            j -= 1
            continue
        if t.text in (')', ']', '}'):
            depth += 1
        elif t.text in ('(', '[', '{'):
            if depth == 0:
                if t.text != '(':
                    return None, arg
                k = j - 1
                while k >= 0 and toks[k].kind == 'ws':
                    k -= 1
                if k >= 0 and toks[k].text == '>':  # new Foo<>(
                    d = 0
                    while k >= 0:
                        if toks[k].text == '>':
                            d += 1
                        elif toks[k].text == '<':
                            d -= 1
                            if d == 0:
                                k -= 1
                                break
                        k -= 1
                    while k >= 0 and toks[k].kind == 'ws':
                        k -= 1
                if k >= 0 and toks[k].kind == 'ident':
                    return toks[k].text, arg
                return None, arg
            depth -= 1
        elif t.text == ';' and depth == 0:
            return None, arg
        elif t.text == ',' and depth == 0:
            arg += 1
        j -= 1
    return None, arg


def prev_sig(toks, i):
    j = i - 1
    while j >= 0 and toks[j].kind in ('ws', 'lcomment', 'bcomment'):
        j -= 1
    return j


def next_sig(toks, i):
    j = i + 1
    while j < len(toks) and toks[j].kind in ('ws', 'lcomment', 'bcomment'):
        j += 1
    return j


def in_annotation(toks, i):
    call, _ = enclosing_call(toks, i)
    if call is None:
        return False
    # find the ident and check for '@' before it
    depth, j = 0, i - 1
    while j >= 0:
        if toks[j].text == ')':
            depth += 1
        elif toks[j].text == '(':
            if depth == 0:
                k = prev_sig(toks, j)
                k2 = prev_sig(toks, k)
                return k2 >= 0 and toks[k2].text == '@'
            depth -= 1
        j -= 1
    return False


def operand_right(toks, i):
    """End index (exclusive) of the operand starting at significant token i, or None if not simple."""
    j = i
    if toks[j].text in ('-', '!'):
        j = next_sig(toks, j)
    if toks[j].text == 'new':
        j = next_sig(toks, j)
    if toks[j].text == '(':
        j = match_forward(toks, j)
    elif toks[j].kind in ('ident', 'string', 'textblock', 'number', 'char'):
        pass
    else:
        return None
    end = j + 1
    while True:
        k = next_sig(toks, end - 1)
        if k >= len(toks):
            return end
        t = toks[k].text
        if t == '.' or t == '::':
            k2 = next_sig(toks, k)
            if toks[k2].kind != 'ident':
                return None
            end = k2 + 1
        elif t in ('(', '['):
            end = match_forward(toks, k) + 1
        elif t == '<' and toks[end - 1].kind == 'ident':
            return end
        else:
            return end


def match_forward(toks, i):
    o = toks[i].text
    c = {'(': ')', '[': ']', '{': '}'}[o]
    d = 0
    for j in range(i, len(toks)):
        if toks[j].text == o:
            d += 1
        elif toks[j].text == c:
            d -= 1
            if d == 0:
                return j
    raise SyntaxError('unbalanced')


def match_backward(toks, i):
    c = toks[i].text
    o = {')': '(', ']': '[', '}': '{'}[c]
    d = 0
    for j in range(i, -1, -1):
        if toks[j].text == c:
            d += 1
        elif toks[j].text == o:
            d -= 1
            if d == 0:
                return j
    raise SyntaxError('unbalanced')


def operand_left(toks, end):
    """Start index of the operand ending at significant token end (inclusive), or None."""
    j = end
    while True:
        t = toks[j]
        if t.text in (')', ']'):
            j = match_backward(toks, j)
            k = prev_sig(toks, j)
            if t.text == ')' and k >= 0 and toks[k].kind == 'ident' and toks[k].text not in ('return', 'if', 'while'):
                j = k
            elif t.text == ']' and k >= 0 and toks[k].kind in ('ident',):
                j = k
            else:
                if t.text == ')':
                    pass
        elif t.kind in ('ident', 'string', 'textblock', 'number', 'char'):
            pass
        else:
            return None
        k = prev_sig(toks, j)
        if k >= 0 and toks[k].text in ('.', '::'):
            j = prev_sig(toks, k)
            continue
        if k >= 0 and toks[k].text == 'new':
            j = k
        return j


def chains(toks):
    """Concatenation chains: lists of (start, end_exclusive) operand spans, and the literal spans alone."""
    seen, out = set(), []
    for i, t in enumerate(toks):
        if t.kind not in ('string', 'textblock') or i in seen:
            continue
        ops = [(i, i + 1)]
        ok = True
        # leftwards
        s = i
        while True:
            p = prev_sig(toks, s)
            if p < 0 or toks[p].text != '+':
                break
            pp = prev_sig(toks, p)
            st = operand_left(toks, pp)
            if st is None:
                ok = False
                break
            before = prev_sig(toks, st)
            if before >= 0 and toks[before].text in ('*', '/', '%', '-', '!'):
                ok = False
                break
            ops.insert(0, (st, pp + 1))
            s = st
        # rightwards
        e = i + 1
        # a literal that is a receiver: "x".equals(...)
        n = next_sig(toks, i)
        if n < len(toks) and toks[n].text == '.':
            ok = False
        while ok:
            n = next_sig(toks, e - 1)
            if n >= len(toks) or toks[n].text != '+':
                break
            nn = next_sig(toks, n)
            en = operand_right(toks, nn)
            if en is None:
                ok = False
                break
            after = next_sig(toks, en - 1)
            if after < len(toks) and toks[after].text in ('*', '/', '%'):
                ok = False
                break
            ops.append((nn, en))
            e = en
        for (a, b) in ops:
            if b - a == 1 and toks[a].kind in ('string', 'textblock'):
                seen.add(a)
        out.append((ops, ok))
    return out


def words_key(text):
    words = re.findall(r'[A-Za-z0-9]+', text)[:5]
    if not words:
        return 'text'
    k = words[0][0].lower() + words[0][1:] + ''.join(w[0].upper() + w[1:] for w in words[1:])
    return k


def prop_escape(value, bound):
    if bound:
        value = value.replace("'", "''")
    out = []
    for c in value:
        if c == '\\':
            out.append('\\\\')
        elif c == '\n':
            out.append('\\n')
        elif c == '\t':
            out.append('\\t')
        elif ord(c) > 126:
            out.append('\\u%04x' % ord(c))
        else:
            out.append(c)
    s = ''.join(out)
    if s.startswith(' '):
        s = '\\' + s
    if '\\n' in s and len(s) > 100:
        # a long text of several lines: one line of the file per line of text, leading blanks kept
        lines = s.split('\\n')
        s = '\\n\\\n'.join([lines[0]] + ['    ' + re.sub(r'^ +', lambda m: '\\' + m.group(), l)
                                       for l in lines[1:]])
    return s


class PackageMessages:
    def __init__(self, pkg_dir, pkg):
        self.dir, self.pkg = pkg_dir, pkg
        self.keys = {}  # key -> value (escaped)
        self.order = []
        self.load()

    def load(self):
        p = os.path.join(self.dir, 'messages.properties')
        if os.path.exists(p):
            pending = None
            for line in open(p, encoding='latin-1'):
                line = line.rstrip('\n')
                if pending is not None:  # a value continued on this line: kept as written
                    self.keys[pending] += '\n' + line
                elif line and not line.startswith('#') and '=' in line:
                    pending, v = line.split('=', 1)
                    self.keys[pending] = v
                    self.order.append(pending)
                    line = v
                else:
                    continue
                if not (line.endswith('\\') and not line.endswith('\\\\')):
                    pending = None

    def key_for(self, cls, text, bound):
        value = prop_escape(text, bound)
        base = cls + '_' + words_key(text)
        key, n = base, 1
        while key in self.keys and self.keys[key] != value:
            n += 1
            key = f'{base}{n}'
        if key not in self.keys:
            self.keys[key] = value
            self.order.append(key)
        return key

    def write(self):
        if not self.keys:
            return
        with open(os.path.join(self.dir, 'messages.properties'), 'w', encoding='latin-1') as f:
            last = None
            for k in self.order:
                cls = k.split('_')[0]
                if last is not None and cls != last:
                    f.write('\n')
                last = cls
                f.write(f'{k}={self.keys[k]}\n')
        fields = '\n'.join(f'    public static String {k};' for k in self.order)
        with open(os.path.join(self.dir, 'Messages.java'), 'w', encoding='utf-8') as f:
            f.write(f'''package {self.pkg};

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {{@code messages.properties}} beside this class. */
final class Messages extends NLS {{

    private static final String BUNDLE_NAME = "{self.pkg}.messages"; //$NON-NLS-1$

{fields}

    static {{
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }}

    private Messages() {{
    }}
}}
''')


def literal_value(toks, a, b):
    return java_unescape(toks[a].text)


def decide(toks, i, skip):
    t = toks[i]
    text = java_unescape(t.text)
    if text in skip or text.strip() in skip:
        return False
    if in_annotation(toks, i):
        return False
    call, arg = enclosing_call(toks, i)
    if call in NON_VISIBLE_CALLS or call in LOG_LIKE:
        return False
    if call == 'within' and arg == 1:
        return False
    if call == 'PolicyField' and arg == 0:
        return False
    p = prev_sig(toks, i)
    if p >= 0 and toks[p].text == 'case':
        return False
    return visible(text)


def process(path, pkgs, skip, mark_only):
    src = open(path, encoding='utf-8').read()
    if 'extends NLS' in src:
        return 0
    toks = tokenize(src)
    m = re.search(r'^package\s+([\w.]+);', src, re.M)
    pkg = m.group(1)
    cls = os.path.splitext(os.path.basename(path))[0]
    pm = pkgs.setdefault(pkg, PackageMessages(os.path.dirname(path), pkg))
    edits = []  # (start_tok, end_tok_exclusive, replacement)
    count = 0
    if not mark_only:
        for ops, ok in chains(toks):
            lits = [(a, b) for (a, b) in ops if b - a == 1 and toks[a].kind in ('string', 'textblock')]
            if not any(decide(toks, a, skip) for (a, b) in lits):
                continue
            if not ok:
                # externalize each visible literal alone; report
                for (a, b) in lits:
                    if decide(toks, a, skip):
                        key = pm.key_for(cls, java_unescape(toks[a].text), False)
                        edits.append((a, b, (key, [])))
                        count += 1
                line = src.count('\n', 0, toks[ops[0][0]].start) + 1
                print(f'  MANUAL {path}:{line}: complex concatenation, literals externalized alone', file=sys.stderr)
                continue
            # build message
            parts, args = [], []
            for (a, b) in ops:
                if b - a == 1 and toks[a].kind in ('string', 'textblock'):
                    parts.append(('lit', java_unescape(toks[a].text)))
                else:
                    parts.append(('arg', (a, b)))
            # leading non-literal args before the first literal that are numeric would change semantics; accept
            argexprs = [e for k, e in parts if k == 'arg']
            bound = len(argexprs) > 0
            msg, idx = '', 0
            for k, v in parts:
                if k == 'lit':
                    # NLS.bind reads '…' as quoted text and {…} as a value: a literal quote is doubled, a brace quoted
                    msg += v.replace("'", "''").replace('{', "'{'") if bound else v
                else:
                    msg += '{%d}' % idx
                    idx += 1
            key = pm.key_for(cls, msg, False)
            start, end = ops[0][0], ops[-1][1]
            edits.append((start, end, (key, argexprs)))
            count += 1
    new = render(toks, edits, 0, len(toks))
    if count and 'NLS.bind' in new and 'import org.eclipse.osgi.util.NLS;' not in new:
        new = re.sub(r'^(package [\w.]+;\n)', r'\1\nimport org.eclipse.osgi.util.NLS;\n', new, count=1, flags=re.M)
    new = mark(new)
    if new != src:
        open(path, 'w', encoding='utf-8').write(new)
    return count


def render(toks, edits, a, b):
    """The text of tokens [a, b) with the outermost edits inside that range applied."""
    inner = sorted((e for e in edits if e[0] >= a and e[1] <= b and (e[0], e[1]) != (a, b)),
                   key=lambda e: (e[0], -e[1]))
    out, pos = [], a
    for (s, e, (key, args)) in inner:
        if s < pos:
            continue  # inside an edit already applied
        out.append(''.join(x.text for x in toks[pos:s]))
        exprs = [render(toks, edits, x, y) for (x, y) in args]
        if not exprs:
            out.append(f'Messages.{key}')
        elif len(exprs) <= 2:
            out.append(f'NLS.bind(Messages.{key}, {", ".join(exprs)})')
        else:
            out.append(f'NLS.bind(Messages.{key}, new Object[] {{ {", ".join(exprs)} }})')
        pos = e
    out.append(''.join(x.text for x in toks[pos:b]))
    return ''.join(out)


def mark(src):
    """Adds //$NON-NLS-n$ for every string literal of a line that has none yet."""
    toks = tokenize(src)
    lines = {}
    line = 1
    for i, t in enumerate(toks):
        if t.kind in ('string', 'textblock') and not in_annotation(toks, i):
            lines.setdefault(line, []).append(t)
        line += t.text.count('\n')
    src_lines = src.split('\n')
    for ln, ts in lines.items():
        text = src_lines[ln - 1]
        have = set(int(n) for n in re.findall(r'\$NON-NLS-(\d+)\$', text))
        # literal index n counts every literal on that line (1-based)
        missing = [n for n in range(1, len(ts) + 1) if n not in have]
        if not missing:
            continue
        extra = ' '.join(f'//$NON-NLS-{n}$' for n in missing)
        src_lines[ln - 1] = text + (' ' if '//' in text else ' ') + extra
    return '\n'.join(src_lines)


def main():
    cmd, root = sys.argv[1], sys.argv[2]
    skip = set()
    if len(sys.argv) > 3:
        skip = set(l.rstrip('\n') for l in open(sys.argv[3], encoding='utf-8') if l.strip())
    pkgs = {}
    total = 0
    for d, _, files in os.walk(root):
        for f in sorted(files):
            if f.endswith('.java'):
                p = os.path.join(d, f)
                if cmd == 'scan':
                    src = open(p, encoding='utf-8').read()
                    toks = tokenize(src)
                    for i, t in enumerate(toks):
                        if t.kind in ('string', 'textblock') and decide(toks, i, skip):
                            line = src.count('\n', 0, t.start) + 1
                            print(f'{p}:{line}: {java_unescape(t.text)}')
                elif cmd == 'mark':
                    src = open(p, encoding='utf-8').read()
                    new = mark(src)
                    if new != src:
                        open(p, 'w', encoding='utf-8').write(new)
                else:
                    total += process(p, pkgs, skip, False)
    for pm in pkgs.values():
        pm.write()
    if cmd == 'apply':
        print(f'{total} messages externalized', file=sys.stderr)


if __name__ == '__main__':
    main()
