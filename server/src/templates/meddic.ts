// The "MEDDIC" New Profile template: a consultancy selling to companies, qualifying by Metrics,
// Economic buyer, Decision criteria, Decision process, Identify pain and Champion. English by
// nature, with a German version; fact names and option values are the same in both.

export const MEDDIC_EN = `# A consultancy's ideal-client profile built on MEDDIC – Metrics, Economic buyer, Decision
# criteria, Decision process, Identify pain, Champion: for larger projects where several people
# decide. Adjust the weights to what has cost you deals before.
profile: Consultancy qualification (MEDDIC)
language: en
owner: Your name
summary: >
  My ideal client can name the number that should change, lets me meet the person who signs,
  knows how they will choose and how the decision is made, feels a real pain, and has someone
  inside who wants the project to happen.

# What I offer (shown in reports, not scored).
offer:
  services: [process consulting, workshop, implementation support]
  hoursPerWeek: 20
  responseTime: 1d
  channels: [email, video-call]

# What I record about a prospect after the first call.
facts:
  # Metrics
  metrics:
    label: Measurable goal
    question: Which number should have changed when the project has succeeded?
    type: choice
    options:
      - value: measurable
        label: a number and a target
      - value: vague
        label: an aim without a number
      - value: none
        label: no goal named
  # Economic buyer
  economic_buyer:
    label: Who signs
    question: Who approves the budget in the end, and can we talk to them before the offer?
    type: choice
    options:
      - value: met
        label: met in person
      - value: named
        label: named, not met yet
      - value: unknown
        label: nobody knows yet
  # Decision criteria
  decision_criteria:
    label: Decision criteria
    question: By which criteria will you choose between offers?
    type: choice
    options:
      - value: clear
        label: clear and written down
      - value: partly
        label: partly clear
      - value: unclear
        label: unclear
    clarifyBy: offer
  # Decision process
  decision_process:
    label: Decision process
    question: Which steps lead from an offer to a signed contract, and who is involved?
    type: choice
    options:
      - value: known
        label: known, with dates
      - value: unknown
        label: not known
  # Identify pain
  pain:
    label: Pain
    question: What does it cost you today that this is not solved?
    type: choice
    options:
      - value: urgent
        label: urgent and costly
      - value: noticeable
        label: noticeable
      - value: none
        label: no pain
        phrases: [nothing urgent, just curious]
  # Champion
  champion:
    label: Champion
    question: Who on your side wants this project to happen and will argue for it internally?
    type: yesno

# How I decide, on three levels: a criterion counts with its weight; a caution (severity: caution)
# counts the same and, unmet, turns a fit into borderline; a dealbreaker decides on its own.
# The decision criteria (clarifyBy: offer) must be known before an offer.
criteria:
  - id: metrics
    fact: metrics
    is: measurable
    weight: 2
    why: Without a number, nobody can tell whether the project worked.
  - id: economic-buyer
    fact: economic_buyer
    is: [met, named]
    weight: 2
    why: An offer that never reaches the person who signs is lost.
  - id: decision-criteria
    fact: decision_criteria
    isNot: unclear
    severity: caution
    weight: 1
    why: If they do not know how they will choose, price decides.
  - id: decision-process
    fact: decision_process
    is: known
    weight: 1
    why: A process nobody knows ends in a decision nobody makes.
  - id: pain
    fact: pain
    isNot: none
    dealbreaker: true
    why: Where nothing hurts, nothing is bought.
  - id: urgent-pain
    fact: pain
    is: urgent
    weight: 2
    why: An urgent pain gets a budget and a date.
  - id: champion
    fact: champion
    is: true
    weight: 2
    why: A project without someone inside to carry it stalls after the kick-off.

# Thresholds in percent: a match from "fit" is a fit, from "borderline" borderline; with less
# than "minKnown" of the weight clarified, the assessment stays open.
verdict:
  fit: 70
  borderline: 50
  minKnown: 60

# Colleagues for prospects who do not fit me.
referrals:
  - name: Coach for first steps
    contact: coach@example.org
    when: { pain: [none] }
    note: Helps teams find out what they need before they buy a project.
`;

export const MEDDIC_DE = `# Wunschkunden-Profil einer Beratung nach MEDDIC – Kennzahlen (Metrics), wirtschaftlich
# Entscheidende (Economic buyer), Entscheidungskriterien, Entscheidungsweg, Schmerz (Identify
# pain), Fürsprecher (Champion): für größere Projekte, bei denen mehrere mitentscheiden. Passen
# Sie die Gewichte an das an, was Sie schon Aufträge gekostet hat.
profile: Beratungs-Qualifizierung (MEDDIC)
language: de
owner: Ihr Name
summary: >
  Mein Wunschkunde kann die Zahl nennen, die sich ändern soll, lässt mich die Person treffen,
  die unterschreibt, weiß, wie er auswählt und wie entschieden wird, spürt einen echten Schmerz
  und hat jemanden im Haus, der das Projekt will.

# Was ich anbiete (erscheint in Berichten, wird nicht bewertet).
offer:
  services: [Prozessberatung, Workshop, Umsetzungsbegleitung]
  hoursPerWeek: 20
  responseTime: 1d
  channels: [email, video-call]

# Was ich nach dem Erstgespräch über einen Interessenten festhalte.
facts:
  # Metrics – Kennzahlen
  metrics:
    label: Messbares Ziel
    question: Welche Zahl soll sich verändert haben, wenn das Projekt erfolgreich war?
    type: choice
    options:
      - value: measurable
        label: eine Zahl und ein Zielwert
      - value: vague
        label: ein Ziel ohne Zahl
      - value: none
        label: kein Ziel genannt
  # Economic buyer – wer unterschreibt
  economic_buyer:
    label: Wer unterschreibt
    question: Wer gibt das Budget am Ende frei – und können wir vor dem Angebot mit dieser Person sprechen?
    type: choice
    options:
      - value: met
        label: persönlich kennengelernt
      - value: named
        label: genannt, noch nicht getroffen
      - value: unknown
        label: noch unbekannt
  # Decision criteria – Entscheidungskriterien
  decision_criteria:
    label: Entscheidungskriterien
    question: Nach welchen Kriterien wählen Sie zwischen Angeboten aus?
    type: choice
    options:
      - value: clear
        label: klar und schriftlich
      - value: partly
        label: teilweise klar
      - value: unclear
        label: unklar
    clarifyBy: offer
  # Decision process – Entscheidungsweg
  decision_process:
    label: Entscheidungsweg
    question: Welche Schritte führen vom Angebot bis zum unterschriebenen Vertrag, und wer ist beteiligt?
    type: choice
    options:
      - value: known
        label: bekannt, mit Terminen
      - value: unknown
        label: nicht bekannt
  # Identify pain – Schmerz
  pain:
    label: Schmerz
    question: Was kostet es Sie heute, dass das noch nicht gelöst ist?
    type: choice
    options:
      - value: urgent
        label: dringend und teuer
      - value: noticeable
        label: spürbar
      - value: none
        label: kein Schmerz
        phrases: [nichts Dringendes, nur neugierig]
  # Champion – Fürsprecher
  champion:
    label: Fürsprecher
    question: Wer bei Ihnen will, dass dieses Projekt zustande kommt, und setzt sich intern dafür ein?
    type: yesno

# Wonach ich entscheide, in drei Stufen: ein Kriterium zählt mit seinem Gewicht; ein Warnsignal
# (severity: caution) zählt genauso und macht unerfüllt aus „passt“ ein „auf der Kippe“; ein
# Ausschlusskriterium (dealbreaker) entscheidet allein. Die Entscheidungskriterien
# (clarifyBy: offer) müssen vor einem Angebot geklärt sein.
criteria:
  - id: metrics
    fact: metrics
    is: measurable
    weight: 2
    why: Ohne Zahl kann niemand sagen, ob das Projekt gewirkt hat.
  - id: economic-buyer
    fact: economic_buyer
    is: [met, named]
    weight: 2
    why: Ein Angebot, das nie bei der unterschreibenden Person ankommt, ist verloren.
  - id: decision-criteria
    fact: decision_criteria
    isNot: unclear
    severity: caution
    weight: 1
    why: Wer nicht weiß, wie er auswählt, entscheidet am Ende nach dem Preis.
  - id: decision-process
    fact: decision_process
    is: known
    weight: 1
    why: Ein Weg, den niemand kennt, endet in einer Entscheidung, die niemand trifft.
  - id: pain
    fact: pain
    isNot: none
    dealbreaker: true
    why: Wo nichts weh tut, wird nichts gekauft.
  - id: urgent-pain
    fact: pain
    is: urgent
    weight: 2
    why: Ein dringender Schmerz bekommt ein Budget und einen Termin.
  - id: champion
    fact: champion
    is: true
    weight: 2
    why: Ein Projekt ohne jemanden im Haus, der es trägt, bleibt nach dem Auftakt stecken.

# Schwellen in Prozent: Eine Passung ab „fit“ heißt passt, ab „borderline“ auf der Kippe; ist
# weniger als „minKnown“ des Gewichts geklärt, bleibt die Einschätzung noch offen.
verdict:
  fit: 70
  borderline: 50
  minKnown: 60

# Kolleginnen und Kollegen für Interessenten, die nicht zu mir passen.
referrals:
  - name: Coach für erste Schritte
    contact: coach@example.org
    when: { pain: [none] }
    note: Hilft Teams herauszufinden, was sie brauchen, bevor sie ein Projekt kaufen.
`;
