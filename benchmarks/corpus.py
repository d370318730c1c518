#!/usr/bin/env python3
"""Writes N synthetic customer stories (about 700 words each, with headings, lists, a table, links and a
blockquote) into DIR/content/stories, in storysite's front matter format, which Hugo reads as well.

Deterministic: the same N gives the same corpus, so runs compare like with like.
usage: corpus.py N DIR [--photos PHOTO_DIR]

--photos: each story gets a hero photo of its own, DIR/assets/images/photos/synth/verhaal-NNNNN.jpg, a copy of one
of the JPEGs in PHOTO_DIR (in turn) with the story's number appended after the image's end: the same picture, but
distinct bytes, so the build encodes each story's variants (the worst case, no two stories sharing a photo).
"""
import os
import random
import sys

WORDS = ("gemeente digitale werkplek datacenter toepassingen medewerkers burgers dienstverlening veilig "
         "netwerk back-up beheer project migratie snel betrouwbaar ondersteuning opleiding planning "
         "samenwerking loket thuiswerk verbinding server licentie kost budget jaar maand week team "
         "coördinator directeur schepen raad ocmw politiezone welzijn sociale dienst archief documenten "
         "beveiliging incident monitoring continuïteit oplossing partner ervaring resultaat").split()
SERVICES = ["werkplek-in-de-cloud", "datacenter-hosting", "cyberbeveiliging", "netwerk-en-connectiviteit"]
SECTORS = ["lokale besturen", "welzijn", "veiligheid", "nutsvoorzieningen"]
REGIONS = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"]
TYPES = ["gemeente", "ocmw", "politiezone", "intercommunale"]


def sentence(rnd, n):
    words = [rnd.choice(WORDS) for _ in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def paragraph(rnd, sentences=5):
    return " ".join(sentence(rnd, rnd.randint(8, 16)) for _ in range(sentences))


def story(i, rnd, photo=None):
    services = rnd.sample(SERVICES, 2)
    body = [
        paragraph(rnd, 4), "",
        "## De uitdaging", "", paragraph(rnd, 6), "",
        "- " + sentence(rnd, 8), "- " + sentence(rnd, 9), "- " + sentence(rnd, 7), "",
        "## De aanpak", "", paragraph(rnd, 6), "",
        "Lees meer over [onze dienst](/diensten/%s/) en [andere verhalen](/klantverhalen/)." % services[0], "",
        "| Indicator | Voor | Na |", "|---|---|---|",
        "| Opstarttijd | 3 weken | 2 dagen |", "| Beschikbaarheid | 98%% | 99,9%% |", "| Tickets per maand | %d | %d |" % (rnd.randint(50, 90), rnd.randint(5, 30)), "",
        "> " + sentence(rnd, 14), "> — Persoon %d, ICT-coördinator" % i, "",
        "## Het resultaat", "", paragraph(rnd, 6), "", paragraph(rnd, 6), "", paragraph(rnd, 6), "",
        "1. " + sentence(rnd, 8), "2. " + sentence(rnd, 8), "3. " + sentence(rnd, 8), "",
        paragraph(rnd, 5), "",
    ]
    day = 1 + i % 28
    month = 1 + (i // 28) % 12
    fm = [
        "---",
        'title: "Verhaal %d: %s"' % (i, sentence(rnd, 5).rstrip(".")),
        "date: 2023-%02d-%02d" % (month, day),
        'customer: "Gemeente Synthetisch %d"' % i,
        "customer_type: %s" % rnd.choice(TYPES),
        'municipality: "Synthetisch %d"' % i,
        'person: "Persoon %d"' % i,
        'role: "ICT-coördinator"',
        'quote: "%s"' % sentence(rnd, 12),
        "services: [%s]" % ", ".join(services),
        'sector: "%s"' % rnd.choice(SECTORS),
        "region: %s" % rnd.choice(REGIONS),
        "tags: [%s]" % ", ".join(rnd.sample(["thuiswerk", "migratie", "beveiliging", "cloud", "netwerk", "opleiding"], 2)),
        'summary: "%s"' % sentence(rnd, 20),
        "approved: 2023-01-01",
    ] + ([
        "hero: images/photos/synth/%s" % photo,
        'hero_alt: "Foto bij verhaal %d"' % i,
    ] if photo else []) + [
        "---",
    ]
    return "\n".join(fm + [""] + body)


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    photos = []
    if "--photos" in sys.argv:
        source = sys.argv[sys.argv.index("--photos") + 1]
        for name in sorted(os.listdir(source)):
            if name.endswith(".jpg"):
                with open(os.path.join(source, name), "rb") as f:
                    photos.append(f.read())
        os.makedirs(os.path.join(out, "assets", "images", "photos", "synth"), exist_ok=True)
    target = os.path.join(out, "content", "stories")
    os.makedirs(target, exist_ok=True)
    rnd = random.Random(42)
    words = 0
    for i in range(1, n + 1):
        photo = None
        if photos:
            photo = "verhaal-%05d.jpg" % i
            with open(os.path.join(out, "assets", "images", "photos", "synth", photo), "wb") as f:
                f.write(photos[i % len(photos)] + b"story %d" % i)
        text = story(i, rnd, photo)
        words += len(text.split())
        with open(os.path.join(target, "verhaal-%05d.md" % i), "w", encoding="utf-8") as f:
            f.write(text)
    print("wrote %d stories, %d words on average" % (n, words // max(n, 1)), file=sys.stderr)


if __name__ == "__main__":
    main()
