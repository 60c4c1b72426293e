// Small documents shared by the service tests: a profile with a money fact and a choice fact.
export const SMALL_PROFILE = `profile: P
facts:
  budget:
    type: money
    currency: EUR
  style:
    type: choice
    options: [calm, hectic]
criteria:
  - id: budget
    fact: budget
    atLeast: 5000 EUR
    weight: 2
  - id: style
    fact: style
    is: calm
    weight: 1
`;
