// The "freelance developer" New Profile template: stack, money, rights and support expectations.
// English by nature, with a German version; fact names and option values are the same in both.

export const FREELANCE_DEVELOPER_EN = `# A freelance developer's ideal-client profile: the right stack, fair terms, clear rights –
# and no one expecting support at 3 a.m. Adjust stack, amounts and thresholds to your practice.
profile: Freelance developer
language: en
owner: Your name
summary: >
  My ideal client has a clear scope in a stack I know well, pays a deposit and on time, gets
  the rights to the code once it is paid, and does not expect me on call around the clock.

# What I offer (shown in reports, not scored).
offer:
  services: [web application, API, code review, maintenance]
  hoursPerWeek: 25
  responseTime: 1d
  channels: [email, chat, video]

# What I record about a prospect after the first call.
facts:
  tech_stack:
    label: Tech stack
    question: Which languages and frameworks does the project use, or should it use?
    type: tags
    options: [typescript, javascript, node, react, vue, python, php, java]
  budget_range:
    label: Budget
    question: What budget have you planned for this?
    type: money
    currency: EUR
  deposit_accepted:
    label: Deposit
    question: Is a deposit of 30 % before the start OK for you?
    type: yesno
  payment_terms_requested:
    label: Payment terms
    question: Which payment terms do you usually work with?
    type: duration
  ip_expectation:
    label: Rights to the code
    question: When do you expect the rights to the code to pass to you?
    type: choice
    options:
      - value: transfer_on_payment
        label: when the invoice is paid
      - value: transfer_on_signing
        label: when the contract is signed
        phrases: [all rights upfront, rights from day one]
    # Not discussed yet? Leave it empty: the dealbreaker stays open, and its question comes first.
  maintenance_expectation:
    label: Maintenance
    question: What kind of support do you expect once the project is live?
    type: choice
    options:
      - value: none
        label: none
      - value: optional_retainer
        label: an optional retainer
      - value: on_call_24x7
        label: on call around the clock
        phrases: [24/7, around the clock, on call]
  scope_clarity:
    label: Scope clarity
    question: Which deliverables do you expect, and what is explicitly not included?
    type: choice
    options: [clear, partly, vague]
    clarifyBy: offer
  revision_expectation:
    label: Feedback rounds
    question: How many feedback rounds do you plan for?
    type: number
  spec_work_requested:
    label: Free trial work
    question: Do you expect a free concept or trial before deciding?
    type: yesno
  expected_response_time:
    label: Expected response time
    question: How quickly do you usually expect a reply?
    type: duration
  # My own impression after the call (never asked).
  gut_feeling:
    label: Gut feeling
    type: choice
    options: [good, unsure, bad]
    source: self

# How I decide, on three levels: a criterion counts with its weight; a caution (severity: caution)
# counts the same and, unmet, turns a fit into borderline; a dealbreaker decides on its own.
# A fact marked clarifyBy: offer must be known before an offer.
criteria:
  - id: stack
    fact: tech_stack
    includesAny: [typescript, javascript, node, react]
    weight: 3
    why: I deliver my best work in the stack I know inside out.
  - id: budget
    fact: budget_range
    atLeast: 8000 EUR
    weight: 2
    why: Below 8,000 EUR a project cannot be built and tested properly.
  - id: deposit
    fact: deposit_accepted
    is: true
    weight: 2
    why: A deposit shows the project is real.
  - id: payment-terms
    fact: payment_terms_requested
    atMost: 30d
    weight: 1
    why: I cannot pre-finance a project for months.
  - id: rights-after-payment
    fact: ip_expectation
    isNot: transfer_on_signing
    dealbreaker: true
    why: The rights pass when the work is paid, not before.
  - id: no-on-call
    fact: maintenance_expectation
    isNot: on_call_24x7
    dealbreaker: true
    why: I do not offer support around the clock.
  - id: scope
    fact: scope_clarity
    is: [clear, partly]
    weight: 2
    why: A vague scope grows without end.
  - id: revisions
    fact: revision_expectation
    atMost: 3
    weight: 1
    why: Up to three feedback rounds fit into a fixed price.
  - id: no-spec-work
    fact: spec_work_requested
    is: false
    weight: 1
    why: I do not work for free on spec.
  - id: response-time
    fact: expected_response_time
    atLeast: { fromOffer: responseTime }
    severity: caution
    weight: 1
    why: I answer within a working day, so I can focus in between.
  - id: gut-feeling
    fact: gut_feeling
    isNot: bad
    severity: caution
    weight: 1
    why: When my gut says no, the project usually proves it right.

# Thresholds in percent: a match from "fit" is a fit, from "borderline" borderline; with less
# than "minKnown" of the weight clarified, the assessment stays open.
verdict:
  fit: 70
  borderline: 50
  minKnown: 50

# Colleagues for prospects who do not fit me.
referrals:
  - name: PHP and Java colleague
    contact: backend@example.org
    when: { tech_stack: [php, java] }
    note: Knows these stacks inside out.
  - name: Hosting agency with on-call support
    contact: ops@example.org
    when: { maintenance_expectation: [on_call_24x7] }
    note: Offers support around the clock.
`;

export const FREELANCE_DEVELOPER_DE = `# Wunschkunden-Profil für freiberufliche Entwicklerinnen und Entwickler: der passende Stack, faire
# Bedingungen, klare Rechte – und niemand, der um drei Uhr nachts Support erwartet.
# Passen Sie Stack, Beträge und Schwellen an Ihre Praxis an.
profile: Freiberufliche Softwareentwicklung
language: de
owner: Ihr Name
summary: >
  Mein Wunschkunde hat einen klaren Umfang in einem Stack, den ich gut kenne, leistet eine
  Anzahlung und zahlt pünktlich, erhält die Rechte am Code, sobald er bezahlt ist, und erwartet
  keine Bereitschaft rund um die Uhr.

# Was ich anbiete (erscheint in Berichten, wird nicht bewertet).
offer:
  services: [Webanwendung, API, Code-Review, Wartung]
  hoursPerWeek: 25
  responseTime: 1d
  channels: [email, chat, video]

# Was ich nach dem Erstgespräch über einen Interessenten festhalte.
facts:
  tech_stack:
    label: Technologie
    question: Welche Sprachen und Frameworks nutzt das Projekt – oder soll es nutzen?
    type: tags
    options:
      - { value: typescript, label: TypeScript }
      - { value: javascript, label: JavaScript }
      - { value: node, label: Node.js }
      - { value: react, label: React }
      - { value: vue, label: Vue }
      - { value: python, label: Python }
      - { value: php, label: PHP }
      - { value: java, label: Java }
  budget_range:
    label: Budget
    question: Welches Budget haben Sie dafür eingeplant?
    type: money
    currency: EUR
  deposit_accepted:
    label: Anzahlung
    question: Ist eine Anzahlung von 30 % vor Projektstart für Sie in Ordnung?
    type: yesno
  payment_terms_requested:
    label: Zahlungsziel
    question: Mit welchem Zahlungsziel arbeiten Sie üblicherweise?
    type: duration
  ip_expectation:
    label: Rechte am Code
    question: Wann sollen die Rechte am Code auf Sie übergehen?
    type: choice
    options:
      - value: transfer_on_payment
        label: mit Bezahlung der Rechnung
      - value: transfer_on_signing
        label: mit Vertragsunterschrift
        phrases: [alle Rechte vorab, Rechte ab dem ersten Tag]
    # Noch nicht besprochen? Lassen Sie es leer: Das Ausschlusskriterium bleibt offen, und seine
    # Frage kommt zuerst.
  maintenance_expectation:
    label: Wartung
    question: Welche Unterstützung erwarten Sie, wenn das Projekt live ist?
    type: choice
    options:
      - value: none
        label: keine
      - value: optional_retainer
        label: ein optionaler Wartungsvertrag
      - value: on_call_24x7
        label: Bereitschaft rund um die Uhr
        phrases: [24/7, rund um die Uhr, Rufbereitschaft]
  scope_clarity:
    label: Klarer Umfang
    question: Welche Ergebnisse erwarten Sie – und was gehört ausdrücklich nicht dazu?
    type: choice
    options:
      - value: clear
        label: klar
      - value: partly
        label: teilweise klar
      - value: vague
        label: vage
    clarifyBy: offer
  revision_expectation:
    label: Feedbackrunden
    question: Mit wie vielen Feedbackrunden planen Sie?
    type: number
  spec_work_requested:
    label: Kostenlose Probearbeit
    question: Erwarten Sie vor der Entscheidung ein kostenloses Konzept oder eine Probearbeit?
    type: yesno
  expected_response_time:
    label: Erwartete Antwortzeit
    question: Wie schnell erwarten Sie üblicherweise eine Antwort?
    type: duration
  # Mein eigener Eindruck nach dem Gespräch (wird nie gefragt).
  gut_feeling:
    label: Bauchgefühl
    type: choice
    options:
      - value: good
        label: gut
      - value: unsure
        label: unsicher
      - value: bad
        label: schlecht
    source: self

# Wonach ich entscheide, in drei Stufen: ein Kriterium zählt mit seinem Gewicht; ein Warnsignal
# (severity: caution) zählt genauso und macht unerfüllt aus „passt“ ein „auf der Kippe“; ein
# Ausschlusskriterium (dealbreaker) entscheidet allein. Ein Merkmal mit clarifyBy: offer muss vor
# einem Angebot geklärt sein.
criteria:
  - id: stack
    fact: tech_stack
    includesAny: [typescript, javascript, node, react]
    weight: 3
    why: Meine beste Arbeit liefere ich in dem Stack, den ich in- und auswendig kenne.
  - id: budget
    fact: budget_range
    atLeast: 8000 EUR
    weight: 2
    why: Unter 8.000 € lässt sich ein Projekt nicht ordentlich bauen und testen.
  - id: deposit
    fact: deposit_accepted
    is: true
    weight: 2
    why: Eine Anzahlung zeigt, dass das Projekt ernst gemeint ist.
  - id: payment-terms
    fact: payment_terms_requested
    atMost: 30d
    weight: 1
    why: Ich kann kein Projekt monatelang vorfinanzieren.
  - id: rights-after-payment
    fact: ip_expectation
    isNot: transfer_on_signing
    dealbreaker: true
    why: Die Rechte gehen mit der Bezahlung über, nicht vorher.
  - id: no-on-call
    fact: maintenance_expectation
    isNot: on_call_24x7
    dealbreaker: true
    why: Bereitschaft rund um die Uhr biete ich nicht an.
  - id: scope
    fact: scope_clarity
    is: [clear, partly]
    weight: 2
    why: Ein vager Umfang wächst ohne Ende.
  - id: revisions
    fact: revision_expectation
    atMost: 3
    weight: 1
    why: Bis zu drei Feedbackrunden passen in einen Festpreis.
  - id: no-spec-work
    fact: spec_work_requested
    is: false
    weight: 1
    why: Ich arbeite nicht kostenlos auf Probe.
  - id: response-time
    fact: expected_response_time
    atLeast: { fromOffer: responseTime }
    severity: caution
    weight: 1
    why: Ich antworte innerhalb eines Werktags, damit ich dazwischen konzentriert arbeiten kann.
  - id: gut-feeling
    fact: gut_feeling
    isNot: bad
    severity: caution
    weight: 1
    why: Wenn mein Bauch nein sagt, gibt ihm das Projekt meist recht.

# Schwellen in Prozent: Eine Passung ab „fit“ heißt passt, ab „borderline“ auf der Kippe; ist
# weniger als „minKnown“ des Gewichts geklärt, bleibt die Einschätzung noch offen.
verdict:
  fit: 70
  borderline: 50
  minKnown: 50

# Kollegen für Interessenten, die nicht zu mir passen.
referrals:
  - name: Kollege für PHP und Java
    contact: backend@example.org
    when: { tech_stack: [php, java] }
    note: Kennt diese Stacks in- und auswendig.
  - name: Hosting-Agentur mit Bereitschaft
    contact: ops@example.org
    when: { maintenance_expectation: [on_call_24x7] }
    note: Bietet Support rund um die Uhr.
`;
