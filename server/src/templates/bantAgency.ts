// The "BANT agency" New Profile template: an agency qualifying leads by Budget, Authority, Need
// and Timeline. English by nature, with a German version; fact names and option values are the
// same in both.

export const BANT_AGENCY_EN = `# An agency's ideal-client profile built on BANT – Budget, Authority, Need, Timeline:
# a lead qualifies when three of the four are met. Adjust amounts, services and thresholds.
profile: Agency qualification (BANT)
language: en
owner: Your agency
summary: >
  We take on projects with a budget that is approved or can be found, a decision maker at the
  table, a need we are good at solving, and a reason to start this year.

# What we offer (shown in reports, not scored).
offer:
  services: [website, branding, campaign, seo]
  hoursPerWeek: 40
  responseTime: 4h
  channels: [email, phone, video]

# What we record about a lead after the first call.
facts:
  # Budget
  budget_range:
    label: Budget
    question: What budget have you planned for this?
    type: money
    currency: EUR
  budget_status:
    label: Budget status
    question: Is the money already approved, or would it still need to be found?
    type: choice
    options:
      - value: allocated
        label: approved
        phrases: [budget is approved, budget approved]
      - value: fundable
        label: can be found
      - value: none
        label: no budget
        phrases: [no budget yet]
  # Authority
  decision_maker:
    label: Decision maker
    question: Who decides on this besides you?
    type: choice
    options:
      - value: decider
        label: our contact decides
      - value: influencer
        label: our contact prepares the decision
      - value: unknown-other
        label: someone we have not met
  # Need
  services_requested:
    label: Services requested
    question: What exactly would you like our help with?
    type: tags
    options: [website, branding, campaign, seo, app]
  problem_statement:
    label: Problem
    question: What problem should be solved, and what triggered it?
    type: text
  # Timeline
  timeline:
    label: Timeline
    question: Why now, and what happens if it waits six months?
    type: choice
    options:
      - value: this-quarter
        label: this quarter
      - value: this-year
        label: this year
      - value: just-exploring
        label: just exploring
        phrases: [just exploring, just looking, no rush]
  scope_clarity:
    label: Scope clarity
    question: Which deliverables do you expect, and what is explicitly not included?
    type: choice
    options: [clear, partly, vague]
    clarifyBy: offer
  contract_willingness:
    label: Written agreement
    question: Are you fine with putting scope and terms in a written agreement?
    type: yesno

# How we decide, on three levels: a criterion counts with its weight; a caution (severity: caution)
# counts the same and, unmet, turns a fit into borderline; a dealbreaker decides on its own.
# The scope (clarifyBy: offer) must be clear before we send an offer.
criteria:
  - id: budget
    fact: budget_range
    atLeast: 10000 EUR
    weight: 2
    why: Below 10,000 EUR we cannot staff a project properly.
  - id: budget-available
    fact: budget_status
    is: [allocated, fundable]
    weight: 1
    why: A budget nobody can find is not a budget.
  - id: authority
    fact: decision_maker
    is: decider
    weight: 3
    why: Proposals to people who cannot decide get lost on the way up.
  - id: need
    fact: services_requested
    includesAny: [website, branding, campaign, seo]
    weight: 2
    why: We help where we are really good.
  - id: need-stated
    fact: problem_statement
    doesNotMention: [no idea, not sure what]
    weight: 0.5
    why: A need nobody can name cannot be met.
  - id: timeline
    fact: timeline
    is: [this-quarter, this-year]
    weight: 3
    why: Leads who are just exploring rarely turn into projects.
  - id: scope
    fact: scope_clarity
    isNot: vague
    severity: caution
    weight: 0.5
    why: A vague scope grows without end.
  - id: written-agreement
    fact: contract_willingness
    is: true
    dealbreaker: true
    why: Without a written scope, every project ends in an argument about what was included.

# Thresholds in percent. BANT says "qualified if 3 of 4 are met", so each letter weighs 3 in
# total — Budget: budget 2 + budget-available 1; Authority: authority 3; Need: need 2 +
# need-stated 0.5 + scope 0.5; Timeline: timeline 3 — and three letters fully met are 9 of 12,
# 75 %: a fit from 75. Two of four (50 %) is borderline. The written agreement decides on its own.
verdict:
  fit: 75
  borderline: 50
  minKnown: 75

# Colleagues for leads who do not fit us.
referrals:
  - name: Freelance web designer
    contact: designer@example.org
    when: { budget_status: [none] }
    note: Works with small budgets.
  - name: App studio
    contact: hello@app-studio.example
    when: { services_requested: [app] }
    note: Builds mobile apps, which we do not.
`;

export const BANT_AGENCY_DE = `# Wunschkunden-Profil einer Agentur nach BANT – Budget, Entscheidungsbefugnis (Authority),
# Bedarf (Need), Zeitplan (Timeline): eine Anfrage passt, wenn drei der vier erfüllt sind.
# Passen Sie Beträge, Leistungen und Schwellen an.
profile: Agentur-Qualifizierung (BANT)
language: de
owner: Ihre Agentur
summary: >
  Wir übernehmen Projekte mit einem Budget, das freigegeben ist oder sich finden lässt, einer
  entscheidenden Person am Tisch, einem Bedarf, den wir gut lösen, und einem Grund, dieses Jahr
  zu starten.

# Was wir anbieten (erscheint in Berichten, wird nicht bewertet).
offer:
  services: [Website, Branding, Kampagne, SEO]
  hoursPerWeek: 40
  responseTime: 4h
  channels: [email, phone, video]

# Was wir nach dem Erstgespräch über eine Anfrage festhalten.
facts:
  # Budget
  budget_range:
    label: Budget
    question: Welches Budget haben Sie dafür eingeplant?
    type: money
    currency: EUR
  budget_status:
    label: Stand des Budgets
    question: Ist das Budget schon freigegeben oder müsste es noch beschafft werden?
    type: choice
    options:
      - value: allocated
        label: freigegeben
        phrases: [Budget ist freigegeben, Budget freigegeben]
      - value: fundable
        label: lässt sich beschaffen
      - value: none
        label: kein Budget
        phrases: [noch kein Budget]
  # Authority – Entscheidungsbefugnis
  decision_maker:
    label: Entscheidung
    question: Wer entscheidet außer Ihnen noch mit?
    type: choice
    options:
      - value: decider
        label: unser Gegenüber entscheidet
      - value: influencer
        label: unser Gegenüber bereitet die Entscheidung vor
      - value: unknown-other
        label: jemand, den wir nicht kennen
  # Need – Bedarf
  services_requested:
    label: Gewünschte Leistungen
    question: Wobei genau sollen wir Sie unterstützen?
    type: tags
    options:
      - value: website
        label: Website
      - value: branding
        label: Markenauftritt
      - value: campaign
        label: Kampagne
      - value: seo
        label: Suchmaschinenoptimierung
      - value: app
        label: App
  problem_statement:
    label: Problem
    question: Welches Problem soll gelöst werden – und was war der Auslöser?
    type: text
  # Timeline – Zeitplan
  timeline:
    label: Zeitplan
    question: Warum gerade jetzt – und was passiert, wenn es sechs Monate wartet?
    type: choice
    options:
      - value: this-quarter
        label: dieses Quartal
      - value: this-year
        label: dieses Jahr
      - value: just-exploring
        label: nur umschauen
        phrases: [nur mal umschauen, keine Eile, erst mal informieren]
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
  contract_willingness:
    label: Schriftliche Vereinbarung
    question: Ist es für Sie in Ordnung, Umfang und Konditionen schriftlich festzuhalten?
    type: yesno

# Wonach wir entscheiden, in drei Stufen: ein Kriterium zählt mit seinem Gewicht; ein Warnsignal
# (severity: caution) zählt genauso und macht unerfüllt aus „passt“ ein „auf der Kippe“; ein
# Ausschlusskriterium (dealbreaker) entscheidet allein. Der Umfang (clarifyBy: offer) muss vor
# einem Angebot klar sein.
criteria:
  - id: budget
    fact: budget_range
    atLeast: 10000 EUR
    weight: 2
    why: Unter 10.000 € können wir ein Projekt nicht richtig besetzen.
  - id: budget-available
    fact: budget_status
    is: [allocated, fundable]
    weight: 1
    why: Ein Budget, das niemand finden kann, ist kein Budget.
  - id: authority
    fact: decision_maker
    is: decider
    weight: 3
    why: Angebote an Menschen, die nicht entscheiden, gehen auf dem Weg nach oben verloren.
  - id: need
    fact: services_requested
    includesAny: [website, branding, campaign, seo]
    weight: 2
    why: Wir helfen dort, wo wir wirklich gut sind.
  - id: need-stated
    fact: problem_statement
    doesNotMention: [keine Ahnung, weiß nicht genau]
    weight: 0.5
    why: Ein Bedarf, den niemand benennen kann, lässt sich nicht erfüllen.
  - id: timeline
    fact: timeline
    is: [this-quarter, this-year]
    weight: 3
    why: Wer sich nur umschaut, wird selten zum Projekt.
  - id: scope
    fact: scope_clarity
    isNot: vague
    severity: caution
    weight: 0.5
    why: Ein vager Umfang wächst ohne Ende.
  - id: written-agreement
    fact: contract_willingness
    is: true
    dealbreaker: true
    why: Ohne schriftlichen Umfang endet jedes Projekt im Streit darüber, was dazugehörte.

# Schwellen in Prozent. BANT sagt „qualifiziert, wenn 3 von 4 erfüllt sind“, also wiegt jeder
# Buchstabe insgesamt 3 – Budget: budget 2 + budget-available 1; Entscheidung: authority 3;
# Bedarf: need 2 + need-stated 0,5 + scope 0,5; Zeitplan: timeline 3 –, und drei ganz erfüllte
# Buchstaben sind 9 von 12, 75 %: passt ab 75. Zwei von vier (50 %) stehen auf der Kippe. Die
# schriftliche Vereinbarung entscheidet allein.
verdict:
  fit: 75
  borderline: 50
  minKnown: 75

# Kollegen für Anfragen, die nicht zu uns passen.
referrals:
  - name: Freie Webdesignerin
    contact: design@example.org
    when: { budget_status: [none] }
    note: Arbeitet auch mit kleinen Budgets.
  - name: App-Studio
    contact: hallo@app-studio.example
    when: { services_requested: [app] }
    note: Baut mobile Apps, die wir nicht anbieten.
`;
