/**
 * A synthetic booklet at conference scale, for benchmarking the build and search: a made-up ML conference
 * with as many talks as asked, in the exact authoring format of `content/`. Every name, title and abstract
 * is drawn from the vocabularies below by a seeded PRNG, so the same talk count and seed give byte-identical
 * files.
 *
 * Pure and free of runtime imports: `scripts/generate.ts` runs this file directly on Node's type stripping,
 * which resolves only explicit `.ts` imports, and the rest of `src/lib` imports without extensions.
 */
import type { ContentFile } from './validate';

/** What to generate. */
export interface SyntheticBookletOptions {
  /** How many talks, at least 1. */
  talks: number;
  /** The PRNG seed; the same seed and talk count give the same files. */
  seed?: number;
}

export const DEFAULT_SEED = 2026;

/** The conference the synthetic booklet is for. */
export const SYNTHETIC_CONFERENCE = {
  name: 'Synthetic Conference 2026',
  venue: 'Rio de Janeiro, Brazil',
  timeZone: 'America/Sao_Paulo',
} as const;

/** Rio de Janeiro has kept UTC−3 all year since 2019, so every time is written with this offset. */
const OFFSET = '-03:00';
/** The first day: a Monday. The programme runs for `DAYS` days. */
const FIRST_DAY = { year: 2026, month: 4, day: 20 };
const DAYS = 5;
/** Oral slots of each day, as minutes after midnight; each lasts `SLOT_MINUTES`. */
const ORAL_SLOTS = [8 * 60 + 30, 10 * 60 + 30, 13 * 60 + 30, 15 * 60 + 30];
const SLOT_MINUTES = 100;
/** The evening poster session of each day. */
const POSTER_SLOT = { start: 17 * 60 + 30, minutes: 120 };
/** Talks last `TALK_MINUTES`, one every `TALK_STRIDE` minutes, like the seed's oral session. */
const TALK_MINUTES = 10;
const TALK_STRIDE = 12;
const MIN_ROOMS = 4;
/** About one paper in twenty is presented as an oral, as at ICLR; the rest are posters. */
const ORAL_SHARE = 0.05;
/** Oral sessions hold 5–8 talks, like the seed's. */
const MIN_TALKS_PER_SESSION = 5;
const MAX_TALKS_PER_SESSION = 8;
/** A poster session holds at most this many boards: ICLR's hold several hundred, from every area. */
const MAX_POSTERS_PER_SESSION = 500;
const MIN_ABSTRACT_WORDS = 120;
const MAX_ABSTRACT_WORDS = 250;
const MAX_SLUG_LENGTH = 60;

// ---------------------------------------------------------------------------------------------------------
// Randomness

/** A seeded PRNG (mulberry32) with the few draws the generator needs. */
interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** An integer in [low, high]. */
  int(low: number, high: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
    sample: (items, count) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, count);
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Vocabulary. Phrases are lower case except acronyms and names; titles capitalize them.

/** A research area: a session topic and the words its talks are made of. */
interface Topic {
  area: string;
  objects: string[];
  tasks: string[];
  methods: string[];
  challenges: string[];
  datasets: string[];
  keywords: string[];
  /** TeX shown as display math in a few abstracts; `DEFAULT_OBJECTIVE` when absent. */
  objective?: string;
}

const TOPICS: Topic[] = [
  {
    area: 'Reinforcement learning',
    objects: ['policies', 'value functions', 'world models', 'actor-critic agents', 'Q-functions'],
    tasks: [
      'offline reinforcement learning',
      'continuous control',
      'long-horizon planning',
      'multi-agent coordination',
      'exploration in sparse-reward environments',
    ],
    methods: [
      'policy gradient methods',
      'temporal-difference learning',
      'trust-region updates',
      'model-based planning',
      'actor-critic training',
    ],
    challenges: ['sparse rewards', 'distribution shift', 'partial observability', 'non-stationary dynamics'],
    datasets: ['MuJoCo', 'D4RL', 'Atari 100k', 'ProcGen', 'Meta-World', 'DeepMind Control Suite'],
    keywords: ['reinforcement learning', 'offline RL', 'exploration', 'policy optimization', 'world models'],
    objective: 'J(\\pi) = \\mathbb{E}_{\\pi} \\Big[ \\sum_{t=0}^{\\infty} \\gamma^t \\, r(s_t, a_t) \\Big]',
  },
  {
    area: 'Alignment and preference learning',
    objects: ['reward models', 'aligned language models', 'preference datasets', 'policy models'],
    tasks: ['alignment from human feedback', 'preference optimization', 'instruction following', 'red teaming'],
    methods: [
      'direct preference optimization',
      'reinforcement learning from human feedback',
      'rejection sampling',
      'self-critique',
      'best-of-n sampling',
    ],
    challenges: ['reward hacking', 'noisy preference labels', 'mismatch between the policy and the data'],
    datasets: ['UltraFeedback', 'HH-RLHF', 'AlpacaEval 2', 'MT-Bench', 'Arena-Hard'],
    keywords: ['RLHF', 'alignment', 'preference optimization', 'reward modeling', 'AI safety'],
    objective:
      '\\mathcal{L}(\\theta) = -\\mathbb{E}\\Big[ \\log \\sigma\\Big( \\beta \\log \\frac{\\pi_\\theta(y_w \\mid x)}{\\pi_{\\mathrm{ref}}(y_w \\mid x)} - \\beta \\log \\frac{\\pi_\\theta(y_l \\mid x)}{\\pi_{\\mathrm{ref}}(y_l \\mid x)} \\Big) \\Big]',
  },
  {
    area: 'Large language models',
    objects: ['large language models', 'language models', 'tokenizers', 'attention heads', 'reasoning traces'],
    tasks: [
      'mathematical reasoning',
      'in-context learning',
      'long-context retrieval',
      'code generation',
      'multi-step reasoning',
    ],
    methods: [
      'chain-of-thought prompting',
      'speculative decoding',
      'retrieval augmentation',
      'supervised fine-tuning',
      'test-time scaling',
    ],
    challenges: ['hallucination', 'limited context length', 'memorization of training data'],
    datasets: ['GSM8K', 'MATH', 'MMLU', 'HumanEval', 'LongBench', 'BIG-Bench Hard'],
    keywords: ['LLMs', 'reasoning', 'in-context learning', 'decoding', 'language modeling'],
  },
  {
    area: 'Diffusion and flow models',
    objects: ['diffusion models', 'flow matching models', 'score networks', 'latent diffusion models'],
    tasks: ['image generation', 'video synthesis', 'conditional sampling', 'inverse problems'],
    methods: [
      'score matching',
      'flow matching',
      'classifier-free guidance',
      'consistency distillation',
      'denoising diffusion',
    ],
    challenges: ['slow sampling', 'exposure bias', 'mode collapse'],
    datasets: ['ImageNet 256×256', 'CIFAR-10', 'FFHQ', 'LSUN Bedrooms', 'MS-COCO'],
    keywords: ['diffusion models', 'generative models', 'flow matching', 'sampling', 'image synthesis'],
    objective:
      '\\mathcal{L}(\\theta) = \\mathbb{E}_{t, x_0, \\epsilon} \\big\\| \\epsilon - \\epsilon_\\theta\\big(\\sqrt{\\bar\\alpha_t} \\, x_0 + \\sqrt{1 - \\bar\\alpha_t} \\, \\epsilon, t\\big) \\big\\|^2',
  },
  {
    area: 'Graph neural networks',
    objects: ['graph neural networks', 'message-passing networks', 'graph transformers', 'node embeddings'],
    tasks: ['node classification', 'link prediction', 'molecular property prediction', 'graph generation'],
    methods: ['message passing', 'spectral filtering', 'positional encodings', 'graph rewiring'],
    challenges: ['over-smoothing', 'over-squashing', 'heterophily'],
    datasets: ['OGB', 'ZINC', 'Cora', 'PubMed', 'QM9'],
    keywords: ['graph neural networks', 'GNNs', 'message passing', 'expressivity', 'graphs'],
    objective:
      'h_v^{(t+1)} = \\phi\\Big( h_v^{(t)}, \\sum_{u \\in \\mathcal{N}(v)} \\psi\\big(h_u^{(t)}, h_v^{(t)}\\big) \\Big)',
  },
  {
    area: 'Optimization',
    objects: ['optimizers', 'adaptive gradient methods', 'learning-rate schedules', 'loss landscapes'],
    tasks: ['large-batch training', 'non-convex optimization', 'stochastic optimization', 'hyperparameter tuning'],
    methods: [
      'stochastic gradient descent',
      'Adam',
      'sharpness-aware minimization',
      'second-order preconditioning',
      'gradient clipping',
    ],
    challenges: ['ill-conditioning', 'heavy-tailed gradient noise', 'training instabilities'],
    datasets: ['ImageNet', 'CIFAR-100', 'WikiText-103', 'C4'],
    keywords: ['optimization', 'SGD', 'Adam', 'convergence', 'learning rates'],
  },
  {
    area: 'Learning theory',
    objects: ['overparameterized networks', 'kernel methods', 'hypothesis classes', 'estimators'],
    tasks: ['generalization', 'statistical learning', 'online learning', 'learning with few samples'],
    methods: ['uniform convergence', 'PAC-Bayesian bounds', 'neural tangent kernels', 'algorithmic stability'],
    challenges: ['benign overfitting', 'heavy-tailed data', 'adversarial label noise'],
    datasets: ['synthetic Gaussian mixtures', 'MNIST', 'CIFAR-10', 'random features models'],
    keywords: ['learning theory', 'generalization bounds', 'sample complexity', 'PAC-Bayes', 'online learning'],
  },
  {
    area: 'Computer vision',
    objects: ['vision transformers', 'convolutional networks', 'object detectors', 'segmentation models'],
    tasks: [
      'semantic segmentation',
      'object detection',
      '3D reconstruction',
      'open-vocabulary recognition',
      'depth estimation',
    ],
    methods: ['masked image modeling', 'contrastive pretraining', 'neural radiance fields', 'Gaussian splatting'],
    challenges: ['occlusion', 'domain shift', 'limited annotations'],
    datasets: ['ImageNet', 'COCO', 'ADE20K', 'ScanNet', 'Cityscapes'],
    keywords: ['computer vision', 'segmentation', 'detection', '3D vision', 'vision transformers'],
  },
  {
    area: 'Federated and private learning',
    objects: ['federated models', 'client updates', 'private estimators', 'aggregation rules'],
    tasks: ['federated learning', 'differentially private training', 'on-device learning', 'secure aggregation'],
    methods: ['federated averaging', 'gradient compression', 'private stochastic gradient descent', 'client sampling'],
    challenges: ['heterogeneous clients', 'communication bottlenecks', 'privacy leakage'],
    datasets: ['FEMNIST', 'Shakespeare', 'CIFAR-10', 'Stack Overflow'],
    keywords: ['federated learning', 'differential privacy', 'privacy', 'communication efficiency'],
  },
  {
    area: 'Causal inference',
    objects: ['causal graphs', 'structural causal models', 'treatment effect estimators', 'counterfactuals'],
    tasks: ['causal discovery', 'treatment effect estimation', 'counterfactual reasoning', 'off-policy evaluation'],
    methods: [
      'instrumental variables',
      'doubly robust estimation',
      'score-based structure learning',
      'invariant risk minimization',
    ],
    challenges: ['unobserved confounding', 'selection bias', 'limited interventional data'],
    datasets: ['IHDP', 'Twins', 'Sachs', 'synthetic structural causal models'],
    keywords: ['causality', 'causal discovery', 'treatment effects', 'counterfactuals'],
  },
  {
    area: 'Robustness and uncertainty',
    objects: ['robust classifiers', 'certified defenses', 'out-of-distribution detectors', 'adversarial examples'],
    tasks: [
      'adversarial robustness',
      'out-of-distribution detection',
      'certified robustness',
      'uncertainty estimation',
    ],
    methods: ['adversarial training', 'randomized smoothing', 'conformal prediction', 'data augmentation'],
    challenges: ['distribution shift', 'adaptive attacks', 'spurious correlations'],
    datasets: ['CIFAR-10-C', 'ImageNet-R', 'WILDS', 'RobustBench'],
    keywords: ['robustness', 'adversarial examples', 'OOD detection', 'uncertainty', 'conformal prediction'],
  },
  {
    area: 'Interpretability',
    objects: ['sparse autoencoders', 'attention patterns', 'neural circuits', 'feature attributions', 'probes'],
    tasks: ['mechanistic interpretability', 'feature attribution', 'model editing', 'concept discovery'],
    methods: ['activation patching', 'linear probing', 'dictionary learning', 'causal tracing'],
    challenges: ['polysemantic neurons', 'superposition', 'unfaithful explanations'],
    datasets: ['IOI', 'the Pile', 'TinyStories', 'ImageNet'],
    keywords: ['interpretability', 'mechanistic interpretability', 'sparse autoencoders', 'explainability'],
  },
  {
    area: 'Representation learning',
    objects: ['self-supervised representations', 'embeddings', 'joint-embedding architectures', 'encoders'],
    tasks: ['self-supervised learning', 'representation learning', 'transfer learning', 'few-shot classification'],
    methods: [
      'contrastive learning',
      'masked autoencoding',
      'joint-embedding predictive architectures',
      'knowledge distillation',
    ],
    challenges: ['dimensional collapse', 'shortcut features', 'augmentation bias'],
    datasets: ['ImageNet', 'STL-10', 'iNaturalist', 'Places365'],
    keywords: ['self-supervised learning', 'representation learning', 'contrastive learning', 'embeddings'],
  },
  {
    area: 'Efficient machine learning',
    objects: ['quantized networks', 'pruned models', 'mixture-of-experts layers', 'low-rank adapters', 'KV caches'],
    tasks: ['model compression', 'efficient inference', 'parameter-efficient fine-tuning', 'on-device deployment'],
    methods: [
      'post-training quantization',
      'structured pruning',
      'low-rank adaptation',
      'knowledge distillation',
      'sparse attention',
    ],
    challenges: ['accuracy degradation', 'limited memory bandwidth', 'outlier activations'],
    datasets: ['WikiText-2', 'C4', 'GLUE', 'ImageNet'],
    keywords: ['efficiency', 'quantization', 'pruning', 'LoRA', 'inference'],
  },
  {
    area: 'Time series and sequence models',
    objects: ['state space models', 'recurrent networks', 'time series forecasters', 'sequence models'],
    tasks: [
      'long-horizon forecasting',
      'anomaly detection',
      'sequence modeling',
      'learning from irregularly sampled time series',
    ],
    methods: [
      'linear recurrences',
      'selective state spaces',
      'temporal convolutions',
      'neural ordinary differential equations',
    ],
    challenges: ['long-range dependencies', 'non-stationarity', 'missing observations'],
    datasets: ['ETTh1', 'Electricity', 'Traffic', 'Weather', 'Long Range Arena'],
    keywords: ['time series', 'forecasting', 'state space models', 'sequence modeling'],
  },
  {
    area: 'Multimodal learning',
    objects: ['vision-language models', 'multimodal encoders', 'image–text embeddings', 'audio-visual models'],
    tasks: ['visual question answering', 'image captioning', 'text-to-image retrieval', 'multimodal reasoning'],
    methods: [
      'contrastive image–text pretraining',
      'visual instruction tuning',
      'cross-attention fusion',
      'modality alignment',
    ],
    challenges: ['object hallucination', 'modality imbalance', 'noisy web captions'],
    datasets: ['MS-COCO', 'VQAv2', 'LAION-400M', 'ScienceQA', 'MMMU'],
    keywords: ['multimodal learning', 'vision-language models', 'VQA', 'CLIP'],
  },
  {
    area: 'Machine learning for science',
    objects: [
      'neural operators',
      'molecular generative models',
      'protein language models',
      'physics-informed networks',
    ],
    tasks: [
      'protein structure prediction',
      'molecular design',
      'solving partial differential equations',
      'materials discovery',
      'weather forecasting',
    ],
    methods: ['equivariant message passing', 'operator learning', 'physics-informed training', 'Bayesian optimization'],
    challenges: ['scarce experimental data', 'long-range interactions', 'hard physical constraints'],
    datasets: ['QM9', 'PDBbind', 'CATH', 'ERA5', 'the Materials Project'],
    keywords: ['AI for science', 'molecules', 'proteins', 'PDEs', 'neural operators'],
  },
  {
    area: 'Continual and meta-learning',
    objects: ['continual learners', 'meta-learners', 'task embeddings', 'replay buffers'],
    tasks: ['continual learning', 'few-shot adaptation', 'meta-learning', 'lifelong learning'],
    methods: [
      'experience replay',
      'gradient-based meta-learning',
      'elastic weight consolidation',
      'parameter isolation',
    ],
    challenges: ['catastrophic forgetting', 'task interference', 'loss of plasticity'],
    datasets: ['Split CIFAR-100', 'Permuted MNIST', 'Mini-ImageNet', 'CORe50'],
    keywords: ['continual learning', 'meta-learning', 'catastrophic forgetting', 'few-shot learning'],
  },
  {
    area: 'Fairness and society',
    objects: ['fair classifiers', 'recommender systems', 'decision policies', 'language model outputs'],
    tasks: ['fair classification', 'algorithmic auditing', 'strategic classification', 'bias mitigation'],
    methods: ['constrained optimization', 'importance reweighting', 'post-processing', 'counterfactual fairness'],
    challenges: ['demographic imbalance', 'feedback loops', 'missing group labels'],
    datasets: ['Adult', 'COMPAS', 'CelebA', 'BOLD', 'MovieLens'],
    keywords: ['fairness', 'bias', 'auditing', 'societal impact'],
  },
  {
    area: 'Probabilistic methods',
    objects: ['Bayesian neural networks', 'Gaussian processes', 'variational posteriors', 'probabilistic programs'],
    tasks: ['uncertainty quantification', 'Bayesian inference', 'probabilistic forecasting', 'active learning'],
    methods: ['variational inference', 'Markov chain Monte Carlo', 'Laplace approximations', 'amortized inference'],
    challenges: ['posterior collapse', 'the cold posterior effect', 'intractable likelihoods'],
    datasets: ['UCI regression benchmarks', 'CIFAR-10', 'MNIST', 'Bayesian benchmark suites'],
    keywords: ['Bayesian inference', 'uncertainty', 'Gaussian processes', 'variational inference'],
  },
  {
    area: 'Agents and robotics',
    objects: ['language agents', 'robot policies', 'vision-language-action models', 'planners'],
    tasks: ['robotic manipulation', 'web navigation', 'tool use', 'embodied instruction following'],
    methods: ['imitation learning', 'hierarchical planning', 'self-reflection', 'sim-to-real transfer'],
    challenges: ['compounding errors', 'sparse feedback', 'long-horizon credit assignment'],
    datasets: ['RLBench', 'WebArena', 'ALFWorld', 'Open X-Embodiment', 'SWE-bench'],
    keywords: ['agents', 'robotics', 'tool use', 'imitation learning', 'embodied AI'],
  },
  {
    area: 'Transformers and architectures',
    objects: ['transformers', 'attention mechanisms', 'positional encodings', 'normalization layers'],
    tasks: ['length generalization', 'language modeling', 'algorithmic reasoning', 'architecture search'],
    methods: ['linear attention', 'rotary embeddings', 'mixtures of experts', 'residual scaling'],
    challenges: ['quadratic cost in sequence length', 'training instability', 'attention sinks'],
    datasets: ['WikiText-103', 'the Pile', 'Long Range Arena', 'C4'],
    keywords: ['transformers', 'attention', 'architectures', 'length generalization'],
  },
];

const ADJECTIVES = [
  'scalable',
  'robust',
  'efficient',
  'provable',
  'adaptive',
  'sparse',
  'hierarchical',
  'calibrated',
  'principled',
  'lightweight',
  'stable',
  'unified',
  'data-efficient',
  'memory-efficient',
  'compositional',
  'modular',
  'uncertainty-aware',
  'training-free',
  'self-supervised',
  'differentiable',
  'equivariant',
  'structured',
  'faithful',
  'generalizable',
];
const ANALYSES = ['theoretical', 'unified', 'spectral', 'geometric', 'statistical', 'mechanistic', 'empirical'];
const QUALITIES = ['stable', 'well-calibrated', 'robust', 'accurate', 'interpretable', 'efficient'];
const PROPERTIES = [
  'convergence',
  'generalization',
  'calibration',
  'robustness',
  'sample complexity',
  'expressivity',
  'stability',
  'implicit bias',
  'scaling behavior',
  'identifiability',
  'memorization',
  'transferability',
];
const TECHNIQUES = [
  'optimal transport',
  'score matching',
  'contrastive learning',
  'mixtures of experts',
  'low-rank adaptation',
  'curriculum learning',
  'knowledge distillation',
  'variational inference',
  'spectral methods',
  'implicit regularization',
  'meta-gradients',
  'randomized smoothing',
  'test-time training',
  'importance sampling',
  'energy-based models',
  'kernel methods',
  'sparse coding',
  'game theory',
  'information geometry',
  'stochastic interpolants',
  'dynamic programming',
  'Monte Carlo tree search',
];
const SOURCES = [
  'limited feedback',
  'noisy labels',
  'unlabeled video',
  'human preferences',
  'synthetic data',
  'weak supervision',
  'a single demonstration',
  'heterogeneous sources',
  'web-scale data',
  'partial observations',
];
const IDENTITIES = [
  'kernel machines',
  'Bayesian estimators',
  'energy-based models',
  'mixtures of experts',
  'gradient descent learners',
  'associative memories',
  'ensembles',
];
const METRICS = [
  'accuracy',
  'sample efficiency',
  'wall-clock time',
  'memory usage',
  'calibration error',
  'win rate',
  'throughput',
  'success rate',
];
const APPLICATIONS = [
  'drug discovery',
  'robotics',
  'climate modelling',
  'healthcare',
  'autonomous driving',
  'code generation',
  'recommendation',
  'scientific discovery',
  'education',
];
const ASSUMPTIONS = [
  'strong distributional assumptions',
  'access to a simulator',
  'large amounts of labelled data',
  'hand-crafted features',
  'expensive hyperparameter search',
  'full knowledge of the environment',
];
const SCALES = [
  'the number of parameters',
  'the sequence length',
  'the size of the dataset',
  'the number of agents',
  'the input dimension',
];
const COSTS = [
  'expensive retraining',
  'access to privileged information',
  'several forward passes at inference time',
  'careful tuning of many hyperparameters',
];
const CONSTRAINTS = [
  'compute is limited',
  'labels are expensive',
  'privacy matters',
  'latency is critical',
  'data arrive sequentially',
];
const FRAMINGS = [
  'a bilevel optimization problem',
  'a two-player game',
  'a sequence of convex subproblems',
  'a transport problem between distributions',
  'a variational inference problem',
  'a constrained Markov decision process',
];
const MECHANISMS = [
  'reweight training examples by their estimated difficulty',
  'regularize the representation towards a learned prior',
  'share computation across related subproblems',
  'replace a fixed schedule with an adaptive one',
  'separate what the model knows from what it is uncertain about',
  'project each update onto a trust region',
];
const REQUIREMENTS = [
  'a pretrained reward model',
  'access to gradients',
  'labelled target data',
  'architectural changes',
  'additional hyperparameters',
  'a replay buffer',
];
const COVERAGES = [
  'both synthetic and real-world settings',
  'a wide range of model sizes',
  'in-distribution and out-of-distribution regimes',
  'a variety of tasks and domains',
];
const VERBS = ['trains', 'adapts', 'regularizes', 'compresses', 'aligns', 'calibrates'];

/** Method names: a prefix and a suffix (`SafeFlow`), or an acronym. */
const NAME_PREFIXES = [
  'Flash',
  'Deep',
  'Meta',
  'Hyper',
  'Auto',
  'Graph',
  'Diff',
  'Token',
  'Prompt',
  'Safe',
  'Fast',
  'Omni',
  'Proto',
  'Neuro',
  'Sparse',
  'Quant',
  'Flow',
  'Self',
];
const NAME_SUFFIXES = [
  'Former',
  'Net',
  'Mix',
  'Flow',
  'Align',
  'Prune',
  'Tune',
  'Bench',
  'Fusion',
  'Gen',
  'Lens',
  'Mamba',
  'Diff',
  'Opt',
];
const ACRONYMS = [
  'SPARQ',
  'GRACE',
  'TIDE',
  'ORBIT',
  'LUMEN',
  'PRISM',
  'FLAME',
  'HALO',
  'NOVA',
  'ECHO',
  'CREST',
  'MOSAIC',
  'ATLAS',
  'DELTA',
  'SAGE',
  'RAPTOR',
  'COMET',
  'PIVOT',
];

/** Title fragments with TeX, written before a plural noun: `$\epsilon$-Greedy Policies`. */
const MATH_PREFIXES = [
  '$n$-Player',
  '$\\epsilon$-Greedy',
  '$k$-Sparse',
  '$\\ell_1$-Regularized',
  '$\\ell_\\infty$-Robust',
  '$(\\epsilon, \\delta)$-Private',
  '$\\mathrm{SE}(3)$-Equivariant',
  '$\\alpha$-Stable',
  '$f$-Divergence Regularized',
  '$k$-Nearest-Neighbor',
  '$\\beta$-Weighted',
  '$Q$-Value Guided',
];
/** Title fragments with TeX, written after "with": `with $\mathcal{O}(\sqrt{T})$ Regret`. */
const MATH_GUARANTEES = [
  '$\\mathcal{O}(\\sqrt{T})$ Regret',
  '$\\tilde{O}(1/\\epsilon^2)$ Samples',
  '$O(n \\log n)$ Attention',
  '$O(1)$ Memory',
  '$\\log(1/\\delta)$ Overhead',
];

// ---------------------------------------------------------------------------------------------------------
// People

// prettier-ignore
const GIVEN_NAMES = [
  'Ana', 'João', 'Mariana', 'Lucas', 'Beatriz', 'Rafael', 'Camila', 'Thiago', 'Larissa', 'Gustavo',
  'Fernanda', 'Felipe', 'Isabela', 'Bruno', 'Carla', 'Tomás', 'Inês', 'Wei', 'Jing', 'Xin', 'Hao',
  'Yifan', 'Zhiyuan', 'Mei', 'Tao', 'Yuki', 'Hiroshi', 'Kenji', 'Sakura', 'Haruto', 'Min-jun',
  'Seo-yeon', 'Ji-woo', 'Eun-ji', 'Priya', 'Arjun', 'Ananya', 'Rohan', 'Vikram', 'Meera', 'Siddharth',
  'Kavya', 'Fatima', 'Omar', 'Amina', 'Yusuf', 'Layla', 'Ahmed', 'Tariq', 'Sara', 'Chinedu', 'Ngozi',
  'Kwame', 'Kofi', 'Nia', 'Sofia', 'Mateo', 'Valentina', 'Diego', 'Lucía', 'Andrés', 'Paula', 'Nicolás',
  'Pierre', 'Camille', 'Hugo', 'Chloé', 'Maxime', 'Léa', 'Hans', 'Lena', 'Jonas', 'Sophie', 'Elena',
  'Ivan', 'Olga', 'Dmitri', 'Anna', 'Nikolai', 'Katarzyna', 'Piotr', 'Agnieszka', 'Jan', 'Eva', 'Lars',
  'Ingrid', 'Sven', 'Astrid', 'Björn', 'Mikko', 'Aino', 'Giulia', 'Marco', 'Francesca', 'Luca', 'Emma',
  'Liam', 'Olivia', 'Noah', 'Ava', 'Ethan', 'Mia', 'James', 'Grace', 'Daniel', 'Sarah', 'Michael',
  'Laura', 'David', 'Rachel', 'Samuel', 'Clara', 'Benjamin', 'Zoe', 'Gabriel', 'Alice', 'Niamh', 'Seán',
  'Aoife', 'Mehmet', 'Zeynep', 'Elif', 'Emre', 'Thanh', 'Linh', 'Minh', 'Aditi', 'Kiran', 'Noor',
];

// prettier-ignore
const SURNAMES = [
  'Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Rodrigues', 'Almeida', 'Nascimento',
  'Lima', 'Carvalho', 'Gonçalves', 'Ferreira', 'Ribeiro', 'Martins', 'Rocha', 'Barbosa', 'Wang', 'Li',
  'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo',
  'Lin', 'Tanaka', 'Suzuki', 'Sato', 'Takahashi', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kim', 'Lee',
  'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Sharma', 'Patel', 'Gupta', 'Singh', 'Kumar', 'Iyer', 'Reddy',
  'Nair', 'Chatterjee', 'Banerjee', 'Mehta', 'Rao', 'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber',
  'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Dubois', 'Martin', 'Bernard', 'Moreau', 'Laurent', 'Lefèvre',
  'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'García', 'Fernández', 'López',
  'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Díaz', 'Hernández', 'Smith', 'Johnson', 'Williams', 'Brown',
  'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas', 'Moore', 'Jackson', 'White',
  'Harris', 'Clark', 'Lewis', 'Walker', 'Hall', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Green',
  'Baker', 'Adams', 'Nelson', 'Hill', 'Campbell', 'Mitchell', 'Roberts', 'Carter', 'Evans', 'Turner',
  "O'Connor", 'Murphy', 'Kelly', 'Novak', 'Kowalski', 'Nowak', 'Wiśniewski', 'Ivanov', 'Petrov',
  'Smirnov', 'Volkov', 'Andersson', 'Johansson', 'Nielsen', 'Hansen', 'Virtanen', 'Korhonen', 'Okafor',
  'Adeyemi', 'Mensah', 'Owusu', 'Haddad', 'Khalil', 'Nasser', 'Yılmaz', 'Kaya', 'Demir', 'Cohen', 'Levi',
  'Friedman', 'Nguyen', 'Tran', 'Pham', 'van der Berg', 'de Vries', 'Jansen',
];

/** Made-up institutions, so that no real person or place is implied. */
const AFFILIATIONS = [
  'Northbridge University',
  'University of Westvale',
  'Instituto Atlântico de Computação',
  'Meridian AI Lab',
  'Lakeshore Institute of Technology',
  'Eastgate University',
  'Harborview Research',
  'Pinecrest University',
  'Tidewater Institute',
  'Aurora Machine Intelligence',
  'Riverbend College',
  'Kestrel Labs',
  'Summit Institute for Data Science',
  'Universidade Sintética do Rio',
  'Coastal Polytechnic',
  'Granite Peak University',
  'Lumen Research Institute',
  'Bluefield University',
  'Stonebridge Institute',
  'Maplewood University',
  'Cedar Valley Institute of Technology',
  'Helix AI',
  'Orchard Computing Lab',
  'Silverlake University',
  'Highland Technical University',
  'Zenith Research',
  'Copperfield University',
  'Brightwater Institute',
  'Ironwood Labs',
  'Fairhaven University',
];

const INITIALS = 'ABCDEFGHJKLMNPRSTVW';

/** Authors per talk, 1 to 8, weighted towards 3–5 as at ML conferences. */
const AUTHOR_COUNT_WEIGHTS = [5, 12, 20, 22, 17, 11, 7, 6];

interface Person {
  name: string;
  affiliation: string;
}

/**
 * The people who write the talks: about 2.3 per talk, each with one name and one affiliation, so that a
 * person and their surname recur across talks. Drawing is skewed towards the first, prolific, ones.
 */
function createPeople(random: Random, talkCount: number): Person[] {
  const combinations = GIVEN_NAMES.length * SURNAMES.length;
  const size = Math.min(Math.ceil(talkCount * 2.3) + 20, Math.floor(combinations / 2));
  const taken = new Set<string>();
  const people: Person[] = [];
  while (people.length < size) {
    const given = random.pick(GIVEN_NAMES);
    const initial = random.chance(0.1) ? ` ${random.pick([...INITIALS])}.` : '';
    const name = `${given}${initial} ${random.pick(SURNAMES)}`;
    if (taken.has(name)) continue;
    taken.add(name);
    people.push({ name, affiliation: random.pick(AFFILIATIONS) });
  }
  return people;
}

function pickAuthors(random: Random, people: Person[]): Person[] {
  const total = AUTHOR_COUNT_WEIGHTS.reduce((sum, weight) => sum + weight, 0);
  let draw = random.next() * total;
  let count = 1;
  for (const weight of AUTHOR_COUNT_WEIGHTS) {
    draw -= weight;
    if (draw < 0) break;
    count += 1;
  }
  const chosen = new Set<Person>();
  while (chosen.size < Math.min(count, people.length)) {
    const u = random.next();
    chosen.add(people[Math.floor(people.length * u * u)]);
  }
  return [...chosen];
}

// ---------------------------------------------------------------------------------------------------------
// Titles and abstracts

/** Words a title keeps in lower case unless they open it. */
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the']);
const SMALL_WORDS_TOO = new Set(['to', 'via', 'with', 'under', 'into', 'is', 'are']);

/** Title case for a vocabulary phrase: `learning from human feedback` → `Learning from Human Feedback`. */
function titleCase(phrase: string): string {
  return phrase
    .split(' ')
    .map((word, i) => {
      if (i > 0 && (SMALL_WORDS.has(word) || SMALL_WORDS_TOO.has(word))) return word;
      // Each part of a compound: `In-Context`, `Sim-to-Real`, `Image–Text`.
      return word
        .split(/([-–])/)
        .map((part, j) =>
          part !== part.toLowerCase() || (j > 0 && (SMALL_WORDS.has(part) || SMALL_WORDS_TOO.has(part)))
            ? part
            : part.charAt(0).toUpperCase() + part.slice(1),
        )
        .join('');
    })
    .join(' ');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A talk's method name: `SafeFlow`, `GRACE`, `DeepMix-2`. */
function methodName(random: Random): string {
  const base = random.chance(0.6)
    ? `${random.pick(NAME_PREFIXES)}${random.pick(NAME_SUFFIXES)}`
    : random.pick(ACRONYMS);
  return random.chance(0.1) ? `${base}-${random.int(2, 4)}` : base;
}

/** The words one talk draws from: its topic's, with the object, task and method it is about, and the general ones. */
interface Words {
  topic: Topic;
  /** The talk's method name. */
  name: string;
  /** What `{object}`, `{task}` and `{method}` stand for throughout the talk; `{task2}` draws another. */
  main: Record<'object' | 'task' | 'method', string>;
}

function talkWords(random: Random, topic: Topic): Words {
  return {
    topic,
    name: methodName(random),
    main: { object: random.pick(topic.objects), task: random.pick(topic.tasks), method: random.pick(topic.methods) },
  };
}

/**
 * Fills `{key}` placeholders; a capitalized key is title-cased. `{object}`, `{task}` and `{method}` are the
 * talk's own; any other key, or one with a digit (`{task2}`), draws an item not yet drawn in the template.
 */
function fill(template: string, random: Random, words: Words, extra: Record<string, string> = {}): string {
  const { topic } = words;
  const lists: Record<string, readonly string[]> = {
    object: topic.objects,
    task: topic.tasks,
    method: topic.methods,
    challenge: topic.challenges,
    dataset: topic.datasets,
    adj: ADJECTIVES,
    analysis: ANALYSES,
    quality: QUALITIES,
    property: PROPERTIES,
    technique: TECHNIQUES,
    source: SOURCES,
    identity: IDENTITIES,
    metric: METRICS,
    application: APPLICATIONS,
    assumption: ASSUMPTIONS,
    scale: SCALES,
    cost: COSTS,
    constraint: CONSTRAINTS,
    framing: FRAMINGS,
    mechanism: MECHANISMS,
    requirement: REQUIREMENTS,
    coverage: COVERAGES,
    verb: VERBS,
  };
  const used = new Map<string, Set<string>>();
  const filled = template.replace(/\{([A-Za-z]+?)(\d?)\}/g, (_, key: string, digit: string) => {
    if (key === 'name') return words.name;
    if (key === 'pct') return `${(1.5 + random.next() * 30).toFixed(1)}%`;
    if (key === 'factor') return `${(1.3 + random.next() * 6).toFixed(1)}×`;
    if (key === 'k') return String(random.int(2, 4));
    if (key in extra) return extra[key];
    const title = key !== key.toLowerCase();
    const base = key.toLowerCase();
    const list = lists[base];
    if (!list) throw new Error(`unknown placeholder {${key}}`);
    const main = base in words.main ? words.main[base as keyof Words['main']] : undefined;
    const seen = used.get(base) ?? new Set<string>(main ? [main] : []);
    used.set(base, seen);
    if (main && !digit) return title ? titleCase(main) : main;
    const fresh = list.filter((item) => !seen.has(item));
    const item = random.pick(fresh.length > 0 ? fresh : list);
    seen.add(item);
    return title ? titleCase(item) : item;
  });
  // "a efficient method" → "an efficient method"; "a unified" stays.
  return filled.replace(/\b([Aa]) (?=(?:[AEIOaeio]|[Uu](?!ni))[a-z])/g, '$1n ');
}

/** Title templates; a capitalized key is title-cased. */
const TITLE_TEMPLATES = [
  '{name}: {Adj} {Method} for {Task}',
  '{Adj} {Object} via {Technique}',
  'On the {Property} of {Object}',
  'On the {Property} of {Method} in {Task}',
  'Towards {Adj} {Task} with {Technique}',
  '{name}: Improving {Task} with {Technique}',
  'When Does {Method} Help {Task}?',
  'Learning {Adj} {Object} from {Source}',
  '{Object} Are Secretly {Identity}',
  'Provably {Quality} {Method} for {Task}',
  'Scaling Laws for {Task}',
  'Beyond {Method}: {Adj} {Object} for {Task}',
  'A {Analysis} Analysis of {Method}',
  '{name}: {Technique} Meets {Method}',
  'Rethinking {Method} for {Task}',
  '{Adj} and {Adj2} {Object}',
  'What Makes {Object} {Quality}?',
  '{name}: {Task} at Scale',
  '{Method} with {Adj} {Technique}',
  '{name}: {Adj} {Task} under {Challenge}',
  'Do {Object} Need {Technique}?',
  '{Task} from {Source} with {Adj} {Object}',
];

/** Title templates holding TeX; `{mathPrefix}` and `{mathGuarantee}` are fragments kept as written. */
const MATH_TITLE_TEMPLATES = [
  '{mathPrefix} {Object} for {Task}',
  '{name}: {mathPrefix} {Method}',
  '{Adj} {Task} with {mathGuarantee}',
  '{name}: {Method} with {mathGuarantee}',
];

function makeTitle(random: Random, words: Words, withMath: boolean): string {
  const template = random.pick(withMath ? MATH_TITLE_TEMPLATES : TITLE_TEMPLATES);
  return fill(template, random, words, {
    mathPrefix: random.pick(MATH_PREFIXES),
    mathGuarantee: random.pick(MATH_GUARANTEES),
  });
}

/** Abstract sentences by role, in the order an abstract runs. */
const OPENINGS = [
  '{task} has become a central problem in machine learning, with applications ranging from {application} to {application2}.',
  '{object} are increasingly used for {task}, yet their behavior under {challenge} remains poorly understood.',
  'Recent progress in {task} has been driven by {object} trained at ever larger scale.',
  'Despite rapid progress, {task} remains challenging in the presence of {challenge}.',
  '{method} is the standard approach to {task}, but it is known to suffer from {challenge}.',
  'A growing body of work studies {object} through the lens of {technique}.',
];
const GAPS = [
  'However, existing methods rely on {assumption} and scale poorly with {scale}.',
  'Existing approaches either ignore {challenge} or require {cost}.',
  'In particular, little is known about the {property} of {object} when {challenge} is present.',
  'These limitations make it difficult to deploy {object} in settings where {constraint}.',
  'Moreover, prior analyses of {method} do not explain its {property} in practice.',
];
const PROPOSALS = [
  'In this work, we propose {name}, a {adj} framework for {task} that combines {method} with {technique}.',
  'We introduce {name}, a simple and {adj} method that {verb} {object} using {technique}.',
  'To address this, we present {name}, which casts {task} as {framing}.',
  'This paper introduces {name}, a {adj} approach to {task} built on {method}.',
];
const DETAILS = [
  'The key idea is to {mechanism}, so that {object} remain {quality} throughout training.',
  'Our method requires only a few lines of code and adds negligible computational overhead.',
  '{name} decomposes the problem into {k} stages, each of which can be solved efficiently with {technique}.',
  'Unlike prior work, {name} does not require {requirement} or {requirement2}.',
  'We further derive a {adj} estimator that reduces variance without introducing bias.',
  'Theoretically, we show that {name} converges to a stationary point under standard assumptions.',
  'We prove that the resulting objective is equivalent to {technique} in the limit of infinite data.',
  'Our analysis reveals a trade-off between {property} and {property2}, which we characterize precisely.',
  'We evaluate {name} on {dataset}, {dataset2} and {dataset3}, covering {coverage}.',
  'Experiments on {dataset} and {dataset2} show that {name} outperforms strong baselines such as {method2} by {pct} on average.',
  'On {dataset}, {name} improves {metric} by {pct} while using {factor} less compute.',
  'Extensive ablations confirm that each component of {name} contributes to the final performance.',
  '{name} matches the {metric} of {method2} with {factor} fewer parameters.',
  'We also find that {name} is remarkably insensitive to the choice of hyperparameters.',
  'Beyond {task}, the same idea transfers to {task2} with minimal changes.',
];
/** Sentences with inline TeX, one of which goes into about a quarter of the abstracts. */
const MATH_SENTENCES = [
  'We prove a regret bound of $\\mathcal{O}(\\sqrt{T \\log T})$ after $T$ rounds, matching known lower bounds up to logarithmic factors.',
  'For any $\\epsilon > 0$, {name} finds an $\\epsilon$-optimal solution using $\\tilde{O}(d/\\epsilon^2)$ samples, where $d$ is the dimension.',
  'The method reduces the cost of each step from $O(n^2)$ to $O(n \\log n)$ for inputs of length $n$.',
  'Our guarantees hold for any $L$-smooth and $\\mu$-strongly convex loss, with a rate that depends only on $\\kappa = L / \\mu$.',
  'We extend the analysis to the $n$-player setting, where each player competes against the remaining $n-1$.',
  'The procedure satisfies $(\\epsilon, \\delta)$-differential privacy with $\\epsilon = 1$ and $\\delta = 10^{-5}$.',
  'We show that the excess risk decays as $O(n^{-1/2})$ and that this rate is minimax optimal.',
  'With probability at least $1 - \\delta$, the error satisfies $\\|\\hat{\\theta} - \\theta^\\star\\|_2 \\le C \\sqrt{d \\log(1/\\delta) / n}$.',
  'Exploration follows an $\\epsilon$-greedy schedule in which $\\epsilon_t$ decays as $1/\\sqrt{t}$.',
  'We regularize with an $\\ell_1$ penalty and recover the support of any $k$-sparse signal from $O(k \\log d)$ measurements.',
];
/** The objective shown as display math in a few abstracts of a topic that has none of its own. */
const DEFAULT_OBJECTIVE =
  '\\min_{\\theta} \\; \\mathbb{E}_{(x, y) \\sim \\mathcal{D}} \\big[ \\ell(f_\\theta(x), y) \\big] + \\lambda \\, \\Omega(\\theta)';
const CLOSINGS = [
  'Our results suggest that {object} can be made substantially more {quality} at little additional cost.',
  'These findings highlight {method} as a promising direction for {task}.',
  'We hope that {name} will serve as a strong baseline for future work on {task}.',
  'Code and trained models will be released upon publication.',
  'Together, these results establish {name} as a principled and practical tool for {task}.',
];

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The longest sentence any template above can produce, with room to spare. */
const LONGEST_SENTENCE_WORDS = 40;

/**
 * An abstract of 120–250 words (not counting display math): an opening, a gap, the proposal, details until
 * the drawn length is reached, and a closing sentence.
 */
function makeAbstract(random: Random, words: Words, codeUrl: string | undefined, withMath: boolean): string {
  const target = random.int(MIN_ABSTRACT_WORDS, MAX_ABSTRACT_WORDS - LONGEST_SENTENCE_WORDS);
  const closing = codeUrl
    ? `Code is available at&nbsp;[${codeUrl}](${codeUrl}).`
    : fill(random.pick(CLOSINGS), random, words);
  const sentences = [OPENINGS, GAPS, PROPOSALS].map((list) => capitalize(fill(random.pick(list), random, words)));
  // Details in random order, each filled when used; TeX braces are not placeholders, so math is filled apart.
  const details = random.sample(DETAILS, DETAILS.length).map((template) => () => fill(template, random, words));
  if (withMath) {
    const math = random.pick(MATH_SENTENCES).replaceAll('{name}', words.name);
    details.splice(random.int(0, 2), 0, () => math);
  }
  let count = wordCount(sentences.join(' ')) + wordCount(closing);
  for (let i = 0; count < target; i++) {
    const sentence = capitalize(i < details.length ? details[i]() : fill(random.pick(DETAILS), random, words));
    sentences.push(sentence);
    count += wordCount(sentence);
  }
  sentences.push(capitalize(closing));
  if (random.chance(0.04)) {
    // Display math needs its own lines in MDX: it splits the abstract into two paragraphs.
    const split = Math.min(3, sentences.length - 1);
    return `${sentences.slice(0, split).join(' ')} Concretely, we consider\n\n$$\n${words.topic.objective ?? DEFAULT_OBJECTIVE}\n$$\n\n${sentences.slice(split).join(' ')}`;
  }
  if (random.chance(0.2)) {
    const split = Math.ceil(sentences.length / 2);
    return `${sentences.slice(0, split).join(' ')}\n\n${sentences.slice(split).join(' ')}`;
  }
  return sentences.join(' ');
}

/** A file name from a title: plain text, lower case, ASCII letters and digits between hyphens. */
export function slugify(title: string): string {
  const plain = title
    .replace(/\\(?:mathcal|mathrm|mathbb|tilde|hat|sqrt|frac|left|right)\b/g, ' ')
    .replace(/\\([A-Za-z]+)/g, ' $1 ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (plain.length <= MAX_SLUG_LENGTH) return plain || 'talk';
  const cut = plain.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG_LENGTH);
}

/** An OpenReview-like forum id: ten letters and digits. */
function forumId(random: Random): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let id = '';
  for (let i = 0; i < 10; i++) id += alphabet[random.int(0, alphabet.length - 1)];
  return id;
}

// ---------------------------------------------------------------------------------------------------------
// The programme

/** Splits `total` oral talks into sessions of 5–8 (fewer only when there are fewer than 5 talks, or 9 in all). */
function sessionSizes(random: Random, total: number): number[] {
  // Remainders that cannot be split into parts of 5–8.
  const unsplittable = (rest: number) => (rest > 0 && rest < MIN_TALKS_PER_SESSION) || rest === 9;
  const sizes: number[] = [];
  let rest = total;
  while (rest > 0) {
    if (rest <= MAX_TALKS_PER_SESSION) {
      sizes.push(rest);
      break;
    }
    const choices: number[] = [];
    for (let size = MIN_TALKS_PER_SESSION; size <= MAX_TALKS_PER_SESSION; size++)
      if (!unsplittable(rest - size)) choices.push(size);
    const size = choices.length > 0 ? random.pick(choices) : MIN_TALKS_PER_SESSION;
    sizes.push(size);
    rest -= size;
  }
  return sizes;
}

/**
 * The sessions' kinds and sizes: one talk in twenty (at least five, or all when there are fewer) in oral
 * sessions of 5–8, then the rest in as few poster sessions as hold them, of even size.
 */
function sessionPlan(random: Random, total: number): { kind: 'oral' | 'poster'; size: number }[] {
  const orals = Math.min(total, Math.max(MIN_TALKS_PER_SESSION, Math.round(total * ORAL_SHARE)));
  const posters = total - orals;
  const posterSessions = Math.ceil(posters / MAX_POSTERS_PER_SESSION);
  return [
    ...sessionSizes(random, orals).map((size) => ({ kind: 'oral' as const, size })),
    ...Array.from({ length: posterSessions }, (_, i) => ({
      kind: 'poster' as const,
      // Even sizes that add up to `posters`: the first sessions take the remainder, one board each.
      size: Math.floor(posters / posterSessions) + (i < posters % posterSessions ? 1 : 0),
    })),
  ];
}

/** `A`, `B`, … `Z`, `AA`, `AB`, … as spreadsheets count columns. */
function letters(index: number): string {
  let result = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    result = String.fromCharCode(65 + ((n - 1) % 26)) + result;
  return result;
}

function roman(value: number): string {
  // prettier-ignore
  const numerals: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let result = '';
  let rest = value;
  for (const [amount, numeral] of numerals) {
    for (; rest >= amount; rest -= amount) result += numeral;
  }
  return result;
}

/** An instant on day `day` (0-based) at `minutes` after midnight, in the venue's offset. */
function instant(day: number, minutes: number): string {
  const date = new Date(Date.UTC(FIRST_DAY.year, FIRST_DAY.month - 1, FIRST_DAY.day + day));
  const pad = (n: number) => String(n).padStart(2, '0');
  const ymd = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return `${ymd}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00${OFFSET}`;
}

interface PlannedSession {
  id: string;
  label: string;
  kind: 'oral' | 'poster';
  room: string;
  day: number;
  /** Minutes after midnight. */
  start: number;
  end: number;
  /** An oral session's area; a poster session's boards come from every area. */
  topic?: Topic;
  title: string;
  size: number;
}

/**
 * Lays the sessions out (see `sessionPlan` for their kinds and sizes): orals fill four rooms (more when five days would not hold them) in the slots they
 * need, those slots spread over the five days; posters fill one evening slot per day across halls. No room
 * holds two sessions at once.
 */
function planSessions(random: Random, talkCount: number): PlannedSession[] {
  const plan = sessionPlan(random, talkCount);
  const oralCount = plan.filter((session) => session.kind === 'oral').length;
  const posterCount = plan.length - oralCount;
  const rooms = Math.max(MIN_ROOMS, Math.ceil(oralCount / (DAYS * ORAL_SLOTS.length)));
  const halls = Math.max(1, Math.ceil(posterCount / DAYS));
  const slots = DAYS * ORAL_SLOTS.length;
  const slotsUsed = Math.ceil(oralCount / rooms);
  const topicUses = new Map<Topic, number>();
  const sessions: PlannedSession[] = [];
  let oral = 0;
  let poster = 0;
  for (const { kind, size } of plan) {
    if (kind === 'oral') {
      const topic = random.pick(TOPICS);
      topicUses.set(topic, (topicUses.get(topic) ?? 0) + 1);
      // The n-th slot in use, numbered as programmes do, and where it falls among all the slots.
      const used = Math.floor(oral / rooms);
      const slot = Math.floor((used * slots) / slotsUsed);
      const room = oral % rooms;
      const start = ORAL_SLOTS[slot % ORAL_SLOTS.length];
      const code = `${used + 1}${letters(room)}`;
      sessions.push({
        id: `oral-${code.toLowerCase()}`,
        label: `Oral Session ${code}`,
        kind: 'oral',
        room: `Room ${200 + 100 * Math.floor(room / 8) + (room % 8) + 1}`,
        day: Math.floor(slot / ORAL_SLOTS.length),
        start,
        end: start + SLOT_MINUTES,
        topic,
        title: topic.area,
        size,
      });
      oral += 1;
    } else {
      sessions.push({
        id: `poster-${poster + 1}`,
        label: `Poster Session ${poster + 1}`,
        kind: 'poster',
        room: `Hall ${letters(poster % halls)}`,
        day: Math.floor(poster / halls),
        start: POSTER_SLOT.start,
        end: POSTER_SLOT.start + POSTER_SLOT.minutes,
        title: 'Posters from all areas',
        size,
      });
      poster += 1;
    }
  }
  // A topic given more than once is numbered in programme order, as the seed's "Reinforcement learning II".
  const numbered = new Map<Topic, number>();
  for (const session of sessions) {
    if (!session.topic || (topicUses.get(session.topic) ?? 0) < 2) continue;
    const n = (numbered.get(session.topic) ?? 0) + 1;
    numbered.set(session.topic, n);
    session.title = `${session.topic.area} ${roman(n)}`;
  }
  return sessions;
}

// ---------------------------------------------------------------------------------------------------------
// Writing the files

/** A YAML scalar: plain when it reads back as the same text, else single-quoted (no escapes needed for TeX). */
function yamlText(value: string): string {
  const plain =
    /^\p{L}[\p{L}\p{N} .,()/+×–—-]*$/u.test(value) &&
    !value.endsWith(' ') &&
    !/^(?:true|false|null|yes|no|on|off|y|n)$/i.test(value);
  return plain ? value : `'${value.replaceAll("'", "''")}'`;
}

function conferenceFile(seed: number, talkCount: number): ContentFile {
  const { name, venue, timeZone } = SYNTHETIC_CONFERENCE;
  return {
    path: 'conference.yaml',
    text: [
      `# A synthetic booklet for benchmarks, written by \`npm run generate -- --talks ${talkCount}${seed === DEFAULT_SEED ? '' : ` --seed ${seed}`}\`.`,
      '# Every name, title and abstract in it is invented.',
      `name: ${yamlText(name)}`,
      `venue: ${yamlText(venue)}`,
      `timeZone: ${timeZone}`,
      '',
    ].join('\n'),
  };
}

function sessionFile(session: PlannedSession, chair: Person): ContentFile {
  const description = session.topic
    ? `Talks on ${session.topic.area.toLowerCase()}. Session chair: ${chair.name} (${chair.affiliation}).`
    : 'Posters from every area of the conference. Posters stay up for the whole session; authors stand at their boards.';
  return {
    path: `sessions/${session.id}.mdx`,
    text: [
      '---',
      `title: ${yamlText(session.title)}`,
      `label: ${yamlText(session.label)}`,
      `kind: ${session.kind}`,
      `room: ${yamlText(session.room)}`,
      `start: "${instant(session.day, session.start)}"`,
      `end: "${instant(session.day, session.end)}"`,
      '---',
      '',
      description,
      '',
    ].join('\n'),
  };
}

interface PlannedTalk {
  slug: string;
  title: string;
  authors: Person[];
  withAffiliations: boolean;
  session: PlannedSession;
  /** Position in the session: the time slot of an oral talk, the board of a poster. */
  index: number;
  forum?: string;
  code?: string;
  keywords: string[];
  abstract: string;
}

function talkFile(talk: PlannedTalk): ContentFile {
  const lines = ['---', `title: ${yamlText(talk.title)}`, 'authors:'];
  for (const author of talk.authors) {
    if (talk.withAffiliations)
      lines.push(`  - name: ${yamlText(author.name)}`, `    affiliation: ${yamlText(author.affiliation)}`);
    else lines.push(`  - ${yamlText(author.name)}`);
  }
  const { session } = talk;
  lines.push(`session: ${session.id}`);
  if (session.kind === 'oral') {
    const start = session.start + talk.index * TALK_STRIDE;
    lines.push(`start: "${instant(session.day, start)}"`, `end: "${instant(session.day, start + TALK_MINUTES)}"`);
  } else {
    lines.push(`board: ${talk.index + 1}`);
  }
  if (talk.forum) {
    lines.push(`paper: https://openreview.net/pdf?id=${talk.forum}`);
    lines.push(`openreview: https://openreview.net/forum?id=${talk.forum}`);
  }
  if (talk.code) lines.push(`code: ${talk.code}`);
  if (talk.keywords.length > 0) {
    lines.push('keywords:');
    for (const keyword of talk.keywords) lines.push(`  - ${yamlText(keyword)}`);
  }
  lines.push('---', '', talk.abstract, '');
  return { path: `talks/${talk.slug}.mdx`, text: lines.join('\n') };
}

/**
 * A complete content directory for `talks` made-up talks: `conference.yaml`, then `sessions/<id>.mdx`, then
 * `talks/<slug>.mdx`, with paths relative to the directory. Same options, same files, byte for byte.
 */
export function generateSyntheticBooklet({ talks, seed = DEFAULT_SEED }: SyntheticBookletOptions): ContentFile[] {
  if (!Number.isInteger(talks) || talks < 1) throw new RangeError(`talks must be a positive integer, not ${talks}`);
  const random = createRandom(seed);
  const people = createPeople(random, talks);
  const sessions = planSessions(random, talks);
  const slugs = new Set<string>();
  const titles = new Set<string>();
  const files = [conferenceFile(seed, talks)];
  const talkFiles: ContentFile[] = [];

  for (const session of sessions) {
    files.push(sessionFile(session, random.pick(people)));
    for (let index = 0; index < session.size; index++) {
      const topic = session.topic ?? random.pick(TOPICS);
      const words = talkWords(random, topic);
      const mathTitle = random.chance(0.1);
      // Redraw a title already given, as a real programme has none twice; a slug clash left over gets a number.
      let title = makeTitle(random, words, mathTitle);
      for (let attempt = 0; titles.has(title) && attempt < 20; attempt++) title = makeTitle(random, words, mathTitle);
      titles.add(title);
      const base = slugify(title);
      let slug = base;
      for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
      slugs.add(slug);
      const forum = random.chance(0.75) ? forumId(random) : undefined;
      const code = random.chance(0.25) ? `https://github.com/synthetic-conference-2026/${slug}` : undefined;
      const keywords = random.sample(topic.keywords, random.int(0, 4));
      const abstract = makeAbstract(random, words, code, random.chance(0.25));
      talkFiles.push(
        talkFile({
          slug,
          title,
          authors: pickAuthors(random, people),
          withAffiliations: random.chance(0.5),
          session,
          index,
          forum,
          code,
          keywords,
          abstract,
        }),
      );
    }
  }
  return [...files, ...talkFiles];
}
