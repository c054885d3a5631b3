#!/usr/bin/env python3
"""Moves the user-visible attributes of a plugin.xml (name, label, description, tooltip; the product's appName)
into plugin.properties as %keys (one-off externalization helper; see docs/architecture.md, Strings)."""
import re
import sys

VISIBLE = re.compile(r'^(?=.*[A-Z ])(?!org\.)(?![a-z]+[A-Z]\w*$)[^%].*$')


def key_of(attr, value, taken):
    words = re.findall(r'[A-Za-z0-9]+', value.replace('&amp;', ''))[:4]
    k = (words[0].lower() + ''.join(w.capitalize() for w in words[1:])) if words else attr
    k = f'{attr}.{k}' if attr in ('description', 'tooltip') else k
    base, n = k, 1
    while k in taken and taken[k] != value:
        n += 1
        k = f'{base}{n}'
    return k


def unxml(v):
    return v.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&apos;', "'")


def main(bundle):
    path = f'{bundle}/plugin.xml'
    src = open(path, encoding='utf-8').read()
    taken = {}

    def repl(m):
        attr, value = m.group(1), m.group(2)
        if not VISIBLE.match(value) or (' ' not in value and '&amp;' not in value
                                        and not re.match(r'^[A-Z][a-z]+(\.\.\.)?$', value)):
            return m.group(0)
        k = key_of(attr, value, taken)
        taken[k] = value
        return f'{attr}="%{k}"'

    src = re.sub(r'\b(name|label|description|tooltip)="([^"]*)"', repl, src)
    src = re.sub(r'(<property name="appName" value=")([^"%]*)"',
                 lambda m: (taken.__setitem__('appName', m.group(2)), m.group(1) + '%appName"')[1], src)
    open(path, 'w', encoding='utf-8').write(src)
    with open(f'{bundle}/plugin.properties', 'w', encoding='latin-1') as f:
        f.write('# The user-visible texts of plugin.xml and the manifest (Bundle-Localization: plugin)\n')
        for k, v in taken.items():
            v = unxml(v)
            f.write(f'{k}=' + ''.join(c if ord(c) < 127 else '\\u%04x' % ord(c) for c in v) + '\n')


if __name__ == '__main__':
    for b in sys.argv[1:]:
        main(b)
