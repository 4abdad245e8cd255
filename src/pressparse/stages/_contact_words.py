"""Vocabulary of contact blocks: the words that tell a title, a desk, an organization apart.

Data only (frozensets and a few compiled patterns built from them); the contacts stage's
other modules read it. Every word is lower case; lookups fold case first.
"""

from __future__ import annotations

from typing import Final

import regex


def _words(text: str) -> frozenset[str]:
    """Return the white-space separated words of ``text``."""
    return frozenset(text.split())


#: Words that make a segment a job title ("Director of Communications", "CFO").
TITLE_WORDS: Final = _words(
    """
    ceo cfo coo cto cmo cio cso evp svp vp avp md president vice chief chair chairman
    chairwoman chairperson director directora directeur manager officer head lead leader
    coordinator coordinadora coordinador specialist spokesperson spokesman spokeswoman
    portavoz secretary editor founder cofounder co-founder partner principal associate
    analyst consultant counsel attorney representative agent owner publicist strategist
    executive administrator supervisor superintendent liaison adviser advisor architect
    producer assistant deputy commissioner treasurer sheriff strategy investigator
    directrice conseiller conseillère gestionnaire responsable attaché attachée chargé
    chargée porte-parole président présidente vice-président vice-présidente
    coordonnateur coordonnatrice gerente jefe jefa vocero vocera presidente presidenta
    asesor asesora encargado encargada ejecutivo ejecutiva especialista analista
    """
)

#: Words an organization's name ends with, or carries ("Acme Holdings, Inc.").
ORG_WORDS: Final = _words(
    """
    inc inc. incorporated llc l.l.c. llp lp l.p. ltd ltd. limited corp corp. corporation
    co co. company companies plc gmbh ag sa s.a. nv n.v. bv b.v. sarl srl spa pty pte kk
    group holdings association associates consulting advisory advisors partners agency
    foundation institute university college bank trust council authority ministry clinic
    society federation club cooperative league alliance network networks capital
    ventures labs laboratories technologies technology systems solutions industries
    enterprises international worldwide services studios studio media communications
    wire newswire pr library libraries museum hospital schools school district county city
    pharmaceuticals pharma therapeutics biosciences bio biotech biopharma biologics
    diagnostics genomics medical health healthcare energy power resources mining minerals
    metals petroleum foods brands beverages software robotics motors automotive airlines
    aerospace realty properties bancorp bancshares financial fund funds insurance logistics
    entertainment pictures publishing hotels resorts restaurants stores retail apparel
    semiconductor semiconductors electronics devices materials chemicals sciences
    relations strategies marketing consultancy consultants creative collective digital
    events research analytics insights outreach advertising affairs department bureau
    commission administration
    """
)

#: Words a desk's name is made of ("Media Relations Division", "Office of Public Information").
DESK_WORDS: Final = _words(
    """
    media press investor investors public relations communications communication affairs
    hotline desk division team department office information news newsroom inquiries
    enquiries corporate global external internal marketing pr ir customer support
    services center centre unit line and & of the for
    relaciones relación con los las medios prensa inversionistas inversores comunicación
    comunicaciones corporativa corporativas oficina departamento gabinete de
    avec les des médias investisseurs presse service bureau communication
    """
)

#: Of DESK_WORDS, the ones a desk's name needs at least one of.
DESK_HEADS: Final = _words(
    """
    relations communications affairs hotline desk division team department office
    newsroom marketing support unit relaciones relación comunicación comunicaciones oficina
    departamento gabinete service bureau
    """
)

#: The small words a person's name may hold: "Maria de la Cruz", "Jan van Dijk".
NAME_PARTICLES: Final = _words("de del della der den di da do dos du la le van von bin al")

#: Small words that join the capitalized words of a name, an address or an organization.
CONNECTORS: Final = _words(
    """
    of and & the for de del della der den di da do dos du la le van von y e et bin al
    les des los las con avec
    """
)

#: Words that stand before a person's name ("Dr Jane Roe"); dropped from the name.
HONORIFICS: Final = _words(
    """
    mr mr. mrs mrs. ms ms. miss mx dr dr. prof prof. professor sir dame hon. rev. atty.
    """
)

#: Ranks printed before a police officer's or a soldier's name ("Sgt. Nicole Farris"); kept
#: in the name, as printed.
RANKS: Final = _words(
    """
    sgt sgt. lt lt. capt capt. det det. cpl cpl. ofc ofc. cmdr cmdr. insp insp. supt supt.
    lieut. col col. maj maj. gen gen. adm adm.
    """
)

#: Letters printed after a person's name ("Jane Roe, APR", "John Doe, Esq."); dropped.
CREDENTIALS: Final = _words(
    """
    apr esq esq. phd ph.d. mba cpa cfa jd j.d. md m.d. rn pe p.e. pmp jr jr. sr sr. ii
    iii iv
    """
)

#: Words of a street address ("211 West Temple Street", "Suite 1200").
STREET_WORDS: Final = _words(
    """
    street st st. avenue ave ave. road rd rd. boulevard blvd blvd. drive dr lane ln way
    suite ste ste. floor fl fl. plaza court ct parkway pkwy highway hwy square sq place
    pl building bldg p.o. po box
    """
)

#: States of the United States and provinces of Canada, as printed after a town.
STATES: Final = _words(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida
    georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio
    oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
    wisconsin wyoming ontario quebec alberta manitoba saskatchewan
    """
) | {
    "new york",
    "new jersey",
    "new mexico",
    "new hampshire",
    "north carolina",
    "north dakota",
    "south carolina",
    "south dakota",
    "west virginia",
    "rhode island",
    "district of columbia",
    "british columbia",
    "nova scotia",
    "new brunswick",
}

#: Role words of a label, and the role they give ("Investor Relations Contact" -> investor).
ROLE_WORDS: Final = {
    "media": "media",
    "press": "media",
    "news": "media",
    "pr": "media",
    "public": "media",
    "communications": "media",
    "investor": "investor",
    "investors": "investor",
    "ir": "investor",
    "shareholder": "investor",
    "shareholders": "investor",
    "analyst": "analyst",
    "analysts": "analyst",
    "medios": "media",
    "prensa": "media",
    "presse": "media",
    "médias": "media",
    "medias": "media",
    "inversionistas": "investor",
    "inversores": "investor",
    "investisseurs": "investor",
}

#: Web sites that are a social profile, not the contact's website.
SOCIAL_HOSTS: Final = _words(
    """
    twitter.com x.com facebook.com fb.com linkedin.com instagram.com youtube.com
    youtu.be t.me tiktok.com threads.net medium.com discord.gg
    """
)

# A phrase that is page furniture or a placeholder, never a name: "Visit Our Website",
# "Email Us Here", "Release Summary", "PRESS RELEASE", and the social-media links a
# distribution service prints under a contact card ("Visit us on social media:", "LinkedIn").
NOISE_PHRASE: Final = regex.compile(
    r"""
    ^(?:
        visit\s+(?:our|the)\s+\w+(?:\s+\w+)?
      | (?:visit|follow|find|connect\s+with)\s+us\s+on\s+(?:social\s+media|\w+)
      | social\s+media | linkedin | facebook | twitter | instagram | youtube | tiktok
      | threads | bluesky | pinterest | other
      | (?:send|click\s+to|click\s+here\s+to)?\s*e-?mail(?:\s+us)?(?:\s+here)?
      | contact\s+us(?:\s+here)?
      | click\s+here | learn\s+more | read\s+more | follow\s+us | share
      | release\s+summary | related\s+(?:posts|news|links)
      | (?:press|news|media)\s+(?:release|advisory|conference|statement)
      | for\s+immediate\s+release
      | phone | tel | telephone | office | cell | mobile | direct | main | fax | web | website
      | company\s+website | url | online
    )$
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: The first three letters, in lower case, of every :data:`NOISE_PHRASE` that opens with three
#: letters: a piece opening with three other ASCII letters ("Jan", "Acm") is no such phrase.
#: A unit test derives the set from the pattern; keep in sync with it.
NOISE_HEADS: Final = _words(
    """
    blu cel cli com con dir ema fac fax fin fol for ins lea lin mai med mob new off onl oth
    pho pin pre rea rel sen sha soc tel thr tik twi url vis web you
    """
)
