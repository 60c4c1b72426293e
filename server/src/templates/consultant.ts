// The "consultant" New Profile template: the intuitive, big-picture consultant of
// samples/wunschkunde.profile.yaml — German by nature, with an English version. Fact names and
// option values are the same in both and as in the sample (workingStyle: intuitive, structured,
// detail-planner), so prospects written against one work with the other. Unlike the sample, the
// two dealbreakers each have a fact and a question of their own (advice, availability).

export const CONSULTANT_DE = `# Wunschkunden-Profil einer Beratung: wer zu mir passt – und wer bei Kollegen besser aufgehoben ist.
# Passen Sie Merkmale, Kriterien und Schwellen an Ihre Erfahrung an: jede Zeile ist eine Entscheidung,
# die Sie einmal treffen, statt sie in jedem Erstgespräch neu zu treffen.
profile: Wunschkunde Beratung
language: de
owner: Ihr Name
summary: >
  Mein Wunschkunde schätzt meine Art zu arbeiten: intuitiv, mit Blick fürs große Ganze,
  mit klaren Zielen und Antworten innerhalb eines Werktags. Er hört auf meinen Rat,
  auch wenn er ihm zunächst nicht gefällt.

# Was ich anbiete (erscheint in Berichten, wird nicht bewertet).
offer:
  services: [Strategieberatung, Workshop, Coaching]
  hoursPerWeek: 12
  responseTime: 1d
  channels: [email, video-call]
  workingStyle: intuitive

# Was ich nach jedem Erstgespräch über einen Interessenten festhalte.
facts:
  servicesRequested:
    label: Gewünschte Leistungen
    question: Wobei genau soll ich Sie unterstützen?
    type: tags
    options:
      - value: strategy
        label: Strategieberatung
      - value: workshop
        label: Workshop
      - value: coaching
        label: Coaching
      - value: implementation
        label: Umsetzung
  workingStyle:
    label: Arbeitsweise
    question: Arbeiten Sie lieber mit detailliertem Plan vorab oder mit grober Richtung, die wir unterwegs anpassen?
    type: choice
    options:
      - value: intuitive
        label: intuitiv, mit grober Richtung
      - value: structured
        label: strukturiert, mit Meilensteinen
      - value: detail-planner
        label: jedes Detail vorab geplant
        phrases: [jedes Detail, minutiös geplant, bis ins Kleinste]
  expectedResponseTime:
    label: Erwartete Antwortzeit
    question: Wie schnell erwarten Sie üblicherweise eine Antwort?
    type: duration
  budget:
    label: Budget
    question: Welches Budget haben Sie dafür eingeplant?
    type: money
    currency: EUR
  outcomeExpectation:
    label: Erwartung an das Ergebnis
    question: Welches Ergebnis erwarten Sie mit diesem Budget in diesem Zeitraum?
    type: choice
    options:
      - value: realistic
        label: realistisch
      - value: ambitious
        label: ehrgeizig
      - value: unrealistic
        label: unrealistisch
        phrases: [alles auf einmal, bis nächste Woche]
    # Vor einem Angebot zu klären: solange offen, ist auch ein hoher Wert noch keine Passung.
    clarifyBy: offer
  advice:
    label: Umgang mit Rat
    question: Was soll passieren, wenn meine Empfehlung von Ihrer Vorstellung abweicht?
    type: choice
    options:
      - value: open-to-advice
        label: offen für Rat
        phrases: [offen für Vorschläge]
      - value: wants-to-be-right
        label: will immer Recht haben
        phrases: [immer Recht, wir wissen es besser]
  availability:
    label: Erwartete Erreichbarkeit
    question: Wann erwarten Sie, mich zu erreichen – auch abends oder am Wochenende?
    type: choice
    options:
      - value: office-hours
        label: zu Geschäftszeiten
      - value: always-on
        label: erwartet Antworten zu jeder Stunde
        phrases: [rund um die Uhr, jederzeit erreichbar, 24/7]
  goalAgreed:
    label: Ziel geklärt
    question: Woran erkennen wir beide, dass es ein Erfolg war?
    type: yesno
  # Meine eigene Beobachtung nach dem Gespräch: wird nie gefragt.
  gutFeeling:
    label: Bauchgefühl
    type: choice
    options:
      - value: good
        label: gut
      - value: unsure
        label: unsicher
      - value: bad
        label: warnende innere Stimme
    source: self

# Wonach ich entscheide, in drei Stufen: ein Kriterium zählt mit seinem Gewicht; ein Warnsignal
# (severity: caution) zählt genauso und macht unerfüllt aus „passt“ ein „auf der Kippe“; ein
# Ausschlusskriterium (dealbreaker) entscheidet allein.
criteria:
  - id: services
    fact: servicesRequested
    includesAny: [strategy, workshop, coaching]
    weight: 3
    why: Ich helfe dort, wo ich wirklich gut bin.
  - id: working-style
    fact: workingStyle
    is: [intuitive, structured]
    weight: 3
    why: Wir arbeiten beide mit Blick fürs große Ganze.
  - id: response-time
    fact: expectedResponseTime
    atLeast: { fromOffer: responseTime }
    weight: 2
    why: Ich antworte innerhalb eines Werktags, nicht innerhalb von Stunden.
  - id: budget
    fact: budget
    atLeast: 5000 EUR
    weight: 2
    why: Unter 5.000 € lohnt sich der Einstieg für beide Seiten nicht.
  - id: realistic-outcome
    fact: outcomeExpectation
    isNot: unrealistic
    weight: 2
    why: Unausgesprochene, unrealistische Erwartungen enden in Enttäuschung – auf beiden Seiten.
  - id: takes-advice
    fact: advice
    isNot: wants-to-be-right
    dealbreaker: true
    why: Wer nicht auf meine Expertise hören will, ist am Ende frustriert – und ich auch.
  - id: office-hours
    fact: availability
    isNot: always-on
    dealbreaker: true
    why: Wer Antworten zu jeder Stunde erwartet, wird mit meinem Arbeitsrhythmus nicht glücklich.
  - id: goal
    fact: goalAgreed
    is: true
    weight: 1
    why: Ohne geklärtes Ziel gibt es am Ende enttäuschte Erwartungen.
  - id: gut-feeling
    fact: gutFeeling
    isNot: bad
    severity: caution
    weight: 1
    why: Einmal habe ich meine warnende innere Stimme überhört – das passiert mir nicht wieder.

# Schwellen in Prozent: Eine Passung ab „fit“ heißt passt, ab „borderline“ auf der Kippe; ist
# weniger als „minKnown“ des Gewichts geklärt, bleibt die Einschätzung noch offen.
verdict:
  fit: 70
  borderline: 50
  minKnown: 50

# Kollegen für Interessenten, die nicht zu mir passen – die falschen Kunden sind woanders richtig.
referrals:
  - name: Kollegin für Detailplanung
    contact: kollegin@example.org
    when: { workingStyle: [detail-planner] }
    note: Liebt minutiöse Projektplanung.
  - name: Agentur mit Bereitschaftsdienst
    contact: support@example.org
    when: { availability: [always-on] }
    note: Bietet Antworten rund um die Uhr.

# Frühere Kunden, die das Profil weiter richtig einordnen muss (Pfad relativ zu diesem Profil):
# lessons:
#   - prospect: prospects/archive/2019-immer-recht.prospect.yaml
#     expect: no-fit
#     learned: Kunden, die immer Recht haben wollen – auch wenn auf dem Papier alles passt.
`;

export const CONSULTANT_EN = `# A consultant's ideal-client profile: who fits me – and who is better off with a colleague.
# Adapt the facts, criteria and thresholds to your experience: each line is a decision you make
# once, instead of again in every first call.
profile: Ideal client consulting
language: en
owner: Your name
summary: >
  My ideal client values the way I work: intuitively, with an eye on the big picture, with
  clear goals and answers within one working day. They take my advice, even when they do not
  like it at first.

# What I offer (shown in reports, not scored).
offer:
  services: [strategy consulting, workshop, coaching]
  hoursPerWeek: 12
  responseTime: 1d
  channels: [email, video-call]
  workingStyle: intuitive

# What I record about a prospect after every first call.
facts:
  servicesRequested:
    label: Services requested
    question: What exactly would you like my help with?
    type: tags
    options: [strategy, workshop, coaching, implementation]
  workingStyle:
    label: Working style
    question: Do you prefer a detailed plan upfront, or a rough direction we adjust as we go?
    type: choice
    options:
      - value: intuitive
        label: intuitive, a rough direction
      - value: structured
        label: structured, with milestones
      - value: detail-planner
        label: every detail planned upfront
        phrases: [every detail, planned to the minute, down to the last detail]
  expectedResponseTime:
    label: Expected response time
    question: How quickly do you usually expect a reply?
    type: duration
  budget:
    label: Budget
    question: What budget have you planned for this?
    type: money
    currency: EUR
  outcomeExpectation:
    label: Expected outcome
    question: Which result would you expect from this budget and time frame?
    type: choice
    options:
      - realistic
      - ambitious
      - value: unrealistic
        phrases: [everything at once, by next week]
    # To clarify before an offer: while it is open, even a high score is not a fit yet.
    clarifyBy: offer
  advice:
    label: Taking advice
    question: What should happen if my recommendation differs from your idea?
    type: choice
    options:
      - value: open-to-advice
        label: open to advice
        phrases: [open to suggestions]
      - value: wants-to-be-right
        label: always wants to be right
        phrases: [always right, we know better]
  availability:
    label: Expected availability
    question: When do you expect to reach me – in the evening or at the weekend too?
    type: choice
    options:
      - value: office-hours
        label: during business hours
      - value: always-on
        label: expects answers at any hour
        phrases: [around the clock, always reachable, 24/7]
  goalAgreed:
    label: Goal agreed
    question: How will we both know it was a success?
    type: yesno
  # My own impression after the call: never asked.
  gutFeeling:
    label: Gut feeling
    type: choice
    options:
      - good
      - unsure
      - value: bad
        label: a warning inner voice
    source: self

# How I decide, on three levels: a criterion counts with its weight; a caution (severity: caution)
# counts the same and, unmet, turns a fit into borderline; a dealbreaker decides on its own.
criteria:
  - id: services
    fact: servicesRequested
    includesAny: [strategy, workshop, coaching]
    weight: 3
    why: I help where I am really good.
  - id: working-style
    fact: workingStyle
    is: [intuitive, structured]
    weight: 3
    why: We both work with an eye on the big picture.
  - id: response-time
    fact: expectedResponseTime
    atLeast: { fromOffer: responseTime }
    weight: 2
    why: I answer within a working day, not within hours.
  - id: budget
    fact: budget
    atLeast: 5000 EUR
    weight: 2
    why: Below 5,000 EUR getting started does not pay off for either side.
  - id: realistic-outcome
    fact: outcomeExpectation
    isNot: unrealistic
    weight: 2
    why: Unspoken, unrealistic expectations end in disappointment on both sides.
  - id: takes-advice
    fact: advice
    isNot: wants-to-be-right
    dealbreaker: true
    why: Someone who will not listen to my expertise ends up frustrated – and so do I.
  - id: office-hours
    fact: availability
    isNot: always-on
    dealbreaker: true
    why: Someone who expects answers at any hour will not be happy with my rhythm.
  - id: goal
    fact: goalAgreed
    is: true
    weight: 1
    why: Without an agreed goal, expectations end up disappointed.
  - id: gut-feeling
    fact: gutFeeling
    isNot: bad
    severity: caution
    weight: 1
    why: I once ignored my warning inner voice; I will not do it again.

# Thresholds in percent: a match from "fit" is a fit, from "borderline" borderline; with less
# than "minKnown" of the weight clarified, the assessment stays open.
verdict:
  fit: 70
  borderline: 50
  minKnown: 50

# Colleagues for prospects who do not fit me – the wrong clients are right elsewhere.
referrals:
  - name: Colleague for detailed planning
    contact: colleague@example.org
    when: { workingStyle: [detail-planner] }
    note: Loves planning every detail.
  - name: Agency with on-call support
    contact: support@example.org
    when: { availability: [always-on] }
    note: Answers around the clock.

# Past clients the profile must keep classifying right (path relative to this profile):
# lessons:
#   - prospect: prospects/archive/2019-always-right.prospect.yaml
#     expect: no-fit
#     learned: Clients who always want to be right – even when everything fits on paper.
`;
