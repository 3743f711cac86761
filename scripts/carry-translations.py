#!/usr/bin/env python3
"""Carries finished translations over to strings that only moved (another class, another file).

When code moves between classes (for example from a view into core/), lupdate files its strings under a new
context and marks them unfinished (even when its same-text heuristic filled them), while the old entries become
obsolete. Run lupdate *without* -no-obsolete first,
then this script on each .ts file: every unfinished message whose source text (and disambiguation) has a finished or
obsolete translation elsewhere in the file takes that translation. Then run lupdate with -no-obsolete to drop the
obsolete entries. Strings that are really new stay unfinished and are listed.
usage: carry-translations.py translations/migo-backoffice_es.ts [...]
"""
import sys
import xml.etree.ElementTree as ET


def key(message):
    return (message.findtext('source') or '', message.findtext('comment') or '', message.get('numerus') or '')


def has_text(translation):
    if translation is None:
        return False
    forms = translation.findall('numerusform')
    return any((f.text or '').strip() for f in forms) if forms else bool((translation.text or '').strip())


def main(paths):
    for path in paths:
        tree = ET.parse(path)
        known = {}
        for message in tree.iter('message'):
            translation = message.find('translation')
            if has_text(translation) and translation.get('type') in (None, 'obsolete', 'vanished'):
                known.setdefault(key(message), translation)
        carried, missing = 0, []
        for message in tree.iter('message'):
            translation = message.find('translation')
            if translation is None or translation.get('type') != 'unfinished':
                continue
            source = known.get(key(message))
            if source is None:
                missing.append(message.findtext('source'))
                continue
            # lupdate's same-text heuristic may have filled it already; it stays unfinished until confirmed here.
            translation.text = source.text
            for child in list(translation):
                translation.remove(child)
            for form in source.findall('numerusform'):
                new = ET.SubElement(translation, 'numerusform')
                new.text = form.text
            del translation.attrib['type']
            carried += 1
        tree.write(path, encoding='utf-8', xml_declaration=True)
        print(f'{path}: {carried} carried over, {len(missing)} still unfinished')
        for text in missing:
            print(f'  unfinished: {text}')


if __name__ == '__main__':
    main(sys.argv[1:])
