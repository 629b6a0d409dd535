import { describe, expect, it } from 'vitest';
import { featuresOf } from './classify.features.ts';
import { evaluate } from './classify.metrics.ts';
import { ClassifierModel, type TrainingExample, trainModel, tuneThreshold } from './classify.model.ts';

/** Small labeled data in the corpus's style: two issues, two action categories, several phrasings each. */
const EXAMPLES: TrainingExample[] = [
  ...[
    'Abolish the death penalty',
    'Abolish the death penalty in law and in practice',
    'Establish a moratorium on executions with a view to abolishing the death penalty',
    'Commute all death sentences and abolish capital punishment',
  ].map((text) => ({ text, states: ['FRA'], issues: ['death-penalty'], action: 5 })),
  ...[
    'Consider ratifying the Optional Protocol to the Convention against Torture',
    'Consider acceding to the Convention against Torture',
    'Consider ratifying the Convention on the Rights of Persons with Disabilities',
    'Consider ratifying the International Convention on enforced disappearance',
  ].map((text) => ({ text, states: ['BRA'], issues: ['international-instruments'], action: 2 })),
  {
    text: 'Consider ratifying the Second Optional Protocol aiming at the abolition of the death penalty',
    states: ['ESP'],
    issues: ['death-penalty', 'international-instruments'],
    action: 2,
  },
];

describe('featuresOf', () => {
  it('names stems, bigrams, the opening words and recommending states', () => {
    const features = featuresOf({ text: 'Consider ratifying the OP-CAT', states: ['FRA'] });
    expect(features.get('w:consid')).toBe(1);
    expect(features.get('b:consid_ratifi')).toBe(1);
    expect(features.get('f:consid')).toBe(1);
    expect(features.get('f2:consid_ratifi')).toBe(1);
    expect([...features.keys()].every((name) => /^(w|b|f|f2|f3|s|k|c):/.test(name))).toBe(true);
    expect(features.get('s:FRA')).toBe(1);
    expect(features.has('f:ratifi')).toBe(false);
  });

  it('names the character 3- to 6-grams of the opening 25 characters, folded', () => {
    const features = featuresOf({ text: 'Continue its efforts to combat trafficking', states: [] });
    const opening = [...features.keys()].filter((name) => name.startsWith('c:')).map((name) => name.slice(2));
    expect(opening).toContain('con');
    expect(opening).toContain('contin');
    expect(opening).toContain('ts eff');
    expect(opening.every((gram) => gram.length >= 3 && gram.length <= 6)).toBe(true);
    expect(opening.every((gram) => 'continue its efforts to c'.includes(gram))).toBe(true);
    expect(opening).not.toContain('combat');
  });
});

describe('trainModel', () => {
  const model = trainModel(EXAMPLES, { seed: 3, validationShare: 0 });

  it('learns the issues and the action category from the words', () => {
    const death = model.predict({ text: 'Abolish the death penalty without delay', states: [] });
    expect(death.issues.filter((i) => i.chosen).map((i) => i.label)).toEqual(['death-penalty']);
    expect(death.action?.label).toBe(5);
    const treaty = model.predict({ text: 'Consider ratifying the Convention against Torture', states: [] });
    expect(treaty.issues[0]?.label).toBe('international-instruments');
    expect(treaty.action?.label).toBe(2);
    expect(treaty.action?.confidence).toBeGreaterThan(0.5);
  });

  it('learns the action category from the opening characters, and the issues never from them', () => {
    const { vectorizer, weights, issueLabels, actionLabels } = model.parts;
    const width = issueLabels.length + actionLabels.length;
    const opening = vectorizer.vocabulary.flatMap((name, f) => (name.startsWith('c:') ? [f] : []));
    expect(opening.length).toBeGreaterThan(0);
    const issueWeights = opening.flatMap((f) => [
      ...weights.subarray(f * width, f * width + issueLabels.length),
    ]);
    expect(issueWeights.every((w) => w === 0)).toBe(true);
    const actionWeights = opening.flatMap((f) => [
      ...weights.subarray(f * width + issueLabels.length, (f + 1) * width),
    ]);
    expect(actionWeights.some((w) => w !== 0)).toBe(true);
  });

  it('lets later sessions weigh more when labelling habits change', () => {
    // The same request, labeled one way in three early recommendations and another way in two later ones.
    const text = 'Strengthen the national mechanism for the protection of children in detention';
    const drifting: TrainingExample[] = [
      ...[1, 1, 1].map((order) => ({ text, states: ['FRA'], issues: ['detention'], action: 4, order })),
      ...[9, 9].map((order) => ({
        text,
        states: ['FRA'],
        issues: ['rights-of-the-child'],
        action: 4,
        order,
      })),
    ];
    const top = (recency: number) =>
      trainModel(drifting, { validationShare: 0, recency }).predict({ text, states: [] }).issues[0]?.label;
    expect(top(0)).toBe('detention');
    expect(top(0.5)).toBe('rights-of-the-child');
  });

  it('always chooses at least the most likely issue', () => {
    const strict = new ClassifierModel({ ...model.parts, threshold: 0.999 });
    const prediction = strict.predict({ text: 'Something unrelated entirely', states: [] });
    expect(prediction.issues.filter((i) => i.chosen)).toHaveLength(1);
    expect(prediction.issues.find((i) => i.chosen)).toBe(prediction.issues[0]);
  });

  it('is the same model for the same seed, and survives serialization', () => {
    const again = trainModel(EXAMPLES, { seed: 3, validationShare: 0 });
    const bytes = model.serialize();
    expect(again.serialize().equals(bytes)).toBe(true);
    const restored = ClassifierModel.deserialize(bytes);
    const input = { text: 'Consider abolishing the death penalty', states: ['ESP'] };
    expect(restored.predict(input)).toEqual(model.predict(input));
    expect(restored.threshold).toBe(model.threshold);
  });

  it('reads a model stored before calibration (format 1): its margins are log-odds', () => {
    const { calibration, ...logistic } = model.parts;
    expect(calibration).toBeDefined();
    const old = new ClassifierModel(logistic);
    const restored = ClassifierModel.deserialize(old.serialize());
    const input = { text: 'Abolish the death penalty', states: [] };
    const { issues, issueMargins } = restored.scores(input);
    expect(issues[0]).toBeCloseTo(1 / (1 + Math.exp(-(issueMargins[0] as number))), 10);
    expect(restored.predict(input).issues[0]?.label).toBe('death-penalty');
  });

  it('learns OHCHR themes only where enough recommendations carry them, and never by fallback', () => {
    const themed: TrainingExample[] = [
      ...EXAMPLES,
      ...[
        'Abolish the death penalty',
        'Commute all death sentences',
        'Establish a moratorium on executions',
      ].map((text) => ({ text, states: [], issues: [], action: null, themes: ['D23'] })),
      ...['Ratify the Convention against Torture', 'Accede to the Optional Protocol', 'Ratify the ICRMW'].map(
        (text) => ({ text, states: [], issues: [], action: null, themes: ['A12'] }),
      ),
      ...['Combat racial discrimination', 'Prohibit discrimination against Roma', 'Fight hate speech'].map(
        (text) => ({ text, states: [], issues: [], action: null, themes: ['B31'] }),
      ),
      {
        text: 'Support the national human rights institution',
        states: [],
        issues: [],
        action: null,
        themes: ['A5'],
      },
    ];
    const options = { seed: 3, validationShare: 0, minThemedExamples: 10, minThemeSupport: 2 };
    const learnt = trainModel(themed, options);
    // A5 is carried by one recommendation only: not learnt.
    expect(learnt.parts.themeLabels).toEqual(['A12', 'B31', 'D23']);
    const death = learnt.predict({ text: 'Abolish the death penalty now', states: [] });
    expect(death.themes.filter((t) => t.chosen).map((t) => t.label)).toEqual(['D23']);
    // The issues learnt only from the recommendations that carry issues.
    expect(death.issues[0]?.label).toBe('death-penalty');
    expect(learnt.predict({ text: 'Improve road safety', states: [] }).themes.some((t) => t.chosen)).toBe(
      false,
    );
    const restored = ClassifierModel.deserialize(learnt.serialize());
    expect(restored.predict({ text: 'Ratify the Optional Protocol', states: [] })).toEqual(
      learnt.predict({ text: 'Ratify the Optional Protocol', states: [] }),
    );
    // Too few themed recommendations: no themes at all.
    expect(trainModel(themed, { ...options, minThemedExamples: 11 }).parts.themeLabels).toBeUndefined();
    expect(model.predict({ text: 'Abolish the death penalty', states: [] }).themes).toEqual([]);
  });

  it('refuses data without any label', () => {
    expect(() => trainModel([{ text: 'x', states: [], issues: [], action: null }])).toThrow(/no labeled/);
  });
});

describe('tuneThreshold', () => {
  it('picks the threshold that gives the best micro-F1', () => {
    const scored = [
      { probabilities: Float64Array.from([0.9, 0.35]), truth: [0, 1] },
      { probabilities: Float64Array.from([0.8, 0.2]), truth: [0] },
    ];
    const t = tuneThreshold(scored);
    expect(t).toBeGreaterThan(0.2);
    expect(t).toBeLessThanOrEqual(0.35);
  });
});

describe('evaluate', () => {
  it('counts micro- and macro-F1, exact match, accuracy and per label support', () => {
    const result = evaluate([
      { truth: { issues: ['a', 'b'], action: 1 }, predicted: { issues: ['a'], action: 1 } },
      { truth: { issues: ['a'], action: 2 }, predicted: { issues: ['a', 'c'], action: 1 } },
    ]);
    // issues: tp 2 (a, a), fp 1 (c), fn 1 (b): micro-F1 = 4 / 6.
    expect(result.issues.microF1).toBeCloseTo(4 / 6);
    expect(result.issues.exactMatch).toBe(0);
    // macro over labels with support: a (F1 1), b (F1 0).
    expect(result.issues.macroF1).toBeCloseTo(0.5);
    expect(result.issues.labels.find((l) => l.label === 'a')).toMatchObject({
      precision: 1,
      recall: 1,
      support: 2,
    });
    expect(result.action.accuracy).toBe(0.5);
    // action 1: tp 1, fp 1 -> F1 2/3; action 2: tp 0 -> 0.
    expect(result.action.macroF1).toBeCloseTo(1 / 3);
  });
});
