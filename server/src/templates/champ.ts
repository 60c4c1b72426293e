// The "CHAMP" New Profile template: a freelancer qualifying by Challenges, Authority, Money and
// Prioritization — the challenge first, then who decides, how it is paid and where it ranks
// (small clients rarely have a budget set aside, but can pay). English by nature, with a German
// version; fact names and option values are the same in both.

export const CHAMP_EN = `# A freelancer's ideal-client profile built on CHAMP – Challenges, Authority, Money,
# Prioritization: the challenge comes first. Adjust amounts, weights and thresholds.
profile: Freelance qualification (CHAMP)
language: en
owner: Your name
summary: >
  My ideal client has a challenge that costs them something today, decides (or brings the person
  who does), can pay for the work even without a budget line for it, and ranks the project high
  this quarter.

# What I offer (shown in reports, not scored).
offer:
  services: [analysis, implementation, training]
  hoursPerWeek: 20
  responseTime: 1d
  channels: [email, phone, video-call]

# What I record about a prospect after the first call.
facts:
  # Challenges
  challenge:
    label: Challenge
    question: What is not working today, and what does it cost you?
    type: choice
    options:
      - value: costly
        label: costs money or customers
      - value: annoying
        label: annoying, no cost named
      - value: none
        label: no challenge named
        phrases: [just curious, nothing specific]
  # Authority
  authority:
    label: Who decides
    question: Who decides on this, and who could still stop it?
    type: choice
    options:
      - value: decides
        label: my contact decides
      - value: prepares
        label: my contact prepares the decision
      - value: unknown
        label: not clear yet
  # Money
  funding:
    label: Funding
    question: How are projects like this usually paid for at your company?
    type: choice
    options:
      - value: budgeted
        label: a budget is set aside
      - value: fundable
        label: the money can be found
      - value: none
        label: no money for it
  budget:
    label: Amount in mind
    question: Which amount do you have in mind for this?
    type: money
    currency: EUR
  # Prioritization
  priority:
    label: Priority
    question: Where does this rank among your plans for this quarter?
    type: choice
    options:
      - value: top
        label: at the top
      - value: planned
        label: planned for this quarter
      - value: later
        label: some time later
        phrases: [some day, not this year]

# How I decide, on three levels: a criterion counts with its weight; a caution (severity: caution)
# counts the same and, unmet, turns a fit into borderline; a dealbreaker decides on its own.
criteria:
  - id: challenge
    fact: challenge
    isNot: none
    dealbreaker: true
    why: Without a challenge there is nothing for me to solve.
  - id: costly-challenge
    fact: challenge
    is: costly
    weight: 3
    why: A challenge that costs something gets solved.
  - id: authority
    fact: authority
    is: [decides, prepares]
    weight: 2
    why: I want to talk to the person who decides, or to the one who prepares it.
  - id: funding
    fact: funding
    is: [budgeted, fundable]
    weight: 2
    why: Small clients rarely have a budget line, but they must be able to pay.
  - id: amount
    fact: budget
    atLeast: 3000 EUR
    weight: 1
    why: Below 3,000 EUR the work cannot be done properly.
  - id: priority
    fact: priority
    isNot: later
    severity: caution
    weight: 2
    why: A project without priority is postponed again and again.

# Thresholds in percent: a match from "fit" is a fit, from "borderline" borderline; with less
# than "minKnown" of the weight clarified, the assessment stays open.
verdict:
  fit: 70
  borderline: 50
  minKnown: 50

# Colleagues for prospects who do not fit me.
referrals:
  - name: Colleague for small budgets
    contact: colleague@example.org
    when: { funding: [none] }
    note: Offers short, low-cost sessions.
`;

export const CHAMP_DE = `# Wunschkunden-Profil für Freiberufliche nach CHAMP – Herausforderung (Challenges),
# Entscheidung (Authority), Geld (Money), Priorität (Prioritization): Die Herausforderung kommt
# zuerst. Passen Sie Beträge, Gewichte und Schwellen an.
profile: Freiberufliche Qualifizierung (CHAMP)
language: de
owner: Ihr Name
summary: >
  Mein Wunschkunde hat eine Herausforderung, die ihn heute etwas kostet, entscheidet selbst (oder
  bringt die Person mit, die entscheidet), kann die Arbeit bezahlen, auch ohne eigenen
  Budgetposten, und gibt dem Projekt in diesem Quartal Vorrang.

# Was ich anbiete (erscheint in Berichten, wird nicht bewertet).
offer:
  services: [Analyse, Umsetzung, Schulung]
  hoursPerWeek: 20
  responseTime: 1d
  channels: [email, phone, video-call]

# Was ich nach dem Erstgespräch über einen Interessenten festhalte.
facts:
  # Challenges – Herausforderung
  challenge:
    label: Herausforderung
    question: Was funktioniert heute nicht – und was kostet Sie das?
    type: choice
    options:
      - value: costly
        label: kostet Geld oder Kunden
      - value: annoying
        label: lästig, ohne genannte Kosten
      - value: none
        label: keine Herausforderung genannt
        phrases: [nur neugierig, nichts Bestimmtes]
  # Authority – Entscheidung
  authority:
    label: Wer entscheidet
    question: Wer entscheidet darüber – und wer könnte es noch stoppen?
    type: choice
    options:
      - value: decides
        label: mein Gegenüber entscheidet
      - value: prepares
        label: mein Gegenüber bereitet die Entscheidung vor
      - value: unknown
        label: noch unklar
  # Money – Geld
  funding:
    label: Finanzierung
    question: Wie werden Projekte wie dieses bei Ihnen üblicherweise bezahlt?
    type: choice
    options:
      - value: budgeted
        label: ein Budget ist eingeplant
      - value: fundable
        label: das Geld lässt sich finden
      - value: none
        label: kein Geld dafür
  budget:
    label: Vorgestellter Betrag
    question: Welchen Betrag haben Sie dafür im Blick?
    type: money
    currency: EUR
  # Prioritization – Priorität
  priority:
    label: Priorität
    question: Welchen Rang hat das Vorhaben unter Ihren Plänen für dieses Quartal?
    type: choice
    options:
      - value: top
        label: ganz oben
      - value: planned
        label: für dieses Quartal geplant
      - value: later
        label: irgendwann später
        phrases: [irgendwann, nicht dieses Jahr]

# Wonach ich entscheide, in drei Stufen: ein Kriterium zählt mit seinem Gewicht; ein Warnsignal
# (severity: caution) zählt genauso und macht unerfüllt aus „passt“ ein „auf der Kippe“; ein
# Ausschlusskriterium (dealbreaker) entscheidet allein.
criteria:
  - id: challenge
    fact: challenge
    isNot: none
    dealbreaker: true
    why: Ohne Herausforderung gibt es für mich nichts zu lösen.
  - id: costly-challenge
    fact: challenge
    is: costly
    weight: 3
    why: Eine Herausforderung, die etwas kostet, wird auch gelöst.
  - id: authority
    fact: authority
    is: [decides, prepares]
    weight: 2
    why: Ich möchte mit der Person sprechen, die entscheidet, oder mit der, die es vorbereitet.
  - id: funding
    fact: funding
    is: [budgeted, fundable]
    weight: 2
    why: Kleine Kunden haben selten einen Budgetposten, aber bezahlen können müssen sie.
  - id: amount
    fact: budget
    atLeast: 3000 EUR
    weight: 1
    why: Unter 3.000 € lässt sich die Arbeit nicht ordentlich machen.
  - id: priority
    fact: priority
    isNot: later
    severity: caution
    weight: 2
    why: Ein Vorhaben ohne Vorrang wird immer wieder verschoben.

# Schwellen in Prozent: Eine Passung ab „fit“ heißt passt, ab „borderline“ auf der Kippe; ist
# weniger als „minKnown“ des Gewichts geklärt, bleibt die Einschätzung noch offen.
verdict:
  fit: 70
  borderline: 50
  minKnown: 50

# Kolleginnen und Kollegen für Interessenten, die nicht zu mir passen.
referrals:
  - name: Kollegin für kleine Budgets
    contact: kollegin@example.org
    when: { funding: [none] }
    note: Bietet kurze, günstige Einzeltermine an.
`;
