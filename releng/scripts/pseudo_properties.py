#!/usr/bin/env python3
"""Adds a pseudo translation (locale en_XA) to the Agent Proxy Studio plug-ins of an unpacked product: for every
messages.properties and plugin.properties in plugins/org.agentproxy.*.jar, a messages_en_XA.properties (resp.
plugin_en_XA.properties) beside it, each text bracketed and lengthened by 30 % ("Host:" -> "[Host:~~]"), with its
{n} placeholders, its mnemonic & and its line breaks kept. A text the run shows without brackets was not externalized;
a bracket that is not shown means the text is cut off.

  pseudo_properties.py PLUGINS_DIR
"""
import glob
import math
import re
import sys
import zipfile

LOCALE = 'en_XA'


def pseudo(value):
    # the value as written in the file (escapes kept): length of what is shown, without escapes and placeholders
    shown = re.sub(r'\\u[0-9a-fA-F]{4}|\\.', 'x', re.sub(r'\{\d+\}', '', value))
    pad = '~' * max(1, math.ceil(len(shown) * 0.3))
    lead = ''
    if value.startswith('\\ '):
        lead, value = '\\ ', value[2:]
    return f'{lead}[{value}{pad}]'


def convert(text):
    out, pending = [], ''
    for line in text.split('\n'):
        if pending:
            pending += '\n' + line
        elif not line.strip() or line.lstrip().startswith('#') or '=' not in line:
            out.append(line)
            continue
        else:
            pending = line
        if pending.endswith('\\') and not pending.endswith('\\\\'):
            continue
        key, value = pending.split('=', 1)
        out.append(f'{key}={pseudo(value)}')
        pending = ''
    return '\n'.join(out)


def main(plugins):
    count = 0
    for jar in sorted(glob.glob(f'{plugins}/org.agentproxy.*.jar')):
        with zipfile.ZipFile(jar) as z:
            names = [n for n in z.namelist() if re.search(r'(^|/)(messages|plugin)\.properties$', n)]
            files = {n: z.read(n).decode('latin-1') for n in names}
        if not files:
            continue
        with zipfile.ZipFile(jar, 'a') as z:
            for name, text in files.items():
                target = name.replace('.properties', f'_{LOCALE}.properties')
                if target not in z.namelist():
                    z.writestr(target, convert(text).encode('latin-1'))
                    count += 1
    print(f'pseudo translation ({LOCALE}): {count} properties files added under {plugins}')


if __name__ == '__main__':
    main(sys.argv[1])
