import type { SurveyQuestion } from '../../../core/surveys/contract';

// The demo world's questionnaires. 金尚's is seed 004's 儿童友好型社区建设需求调研: asked of three sides
// (社区, 家长, 儿童) online and on paper, about the five "friendly" areas the project answers — spaces
// (户外运动场地, 法治文化广场的儿童区域, 室内学习空间, 小区道路车辆治理), family education (家庭沟通、亲子共读
// 家训), activities (心理健康、生命教育、安全教育), children helping children in difficulty, and children and
// families taking part in compound governance (自治志愿服务队). 园山's is a general residents' needs survey.

const q = (
  question: Omit<SurveyQuestion, 'options' | 'required'> & Partial<SurveyQuestion>,
): SurveyQuestion => ({
  options: [],
  required: true,
  ...question,
});

export const JINSHANG_KINDS = ['社区工作者', '家长', '儿童'] as const;
export type JinshangKind = 0 | 1 | 2;

export const jinshangCompounds = [
  '金尚小区',
  '中福城',
  '丰泽苑',
  '中孚花园',
  '金鸿花园',
  '一元花园',
  '莱茵花园',
  '玉鹭苑',
];

export const jinshangSurvey = {
  title: '金尚社区儿童友好型社区建设需求调研',
  intro:
    '为建设儿童友好型社区，社区面向社区工作者、家长和儿童三方征求意见。问卷不记名，' +
    '儿童请在家长或老师陪同下填写。感谢您的参与！',
  respondentKindQuestionId: 'kind',
  questions: [
    q({ id: 'kind', kind: 'single', title: '您的身份', options: [...JINSHANG_KINDS] }),
    q({
      id: 'compound',
      kind: 'single',
      title: '您居住或服务的小区',
      options: jinshangCompounds,
      required: false,
    }),
    q({
      id: 'age',
      kind: 'single',
      title: '孩子（或您自己，儿童填写）的年龄段',
      options: ['0-3岁', '3-6岁', '6-12岁', '12-18岁'],
      required: false,
    }),
    q({
      id: 'activities',
      kind: 'multiple',
      title: '您最希望社区为儿童增加哪些活动（可多选）',
      options: [
        '心理健康知识宣讲',
        '生命教育',
        '安全教育',
        '家庭沟通技巧培训',
        '亲子共读经典家训',
        '书画音乐等兴趣活动',
        '体育运动',
      ],
    }),
    q({
      id: 'spaces',
      kind: 'multiple',
      title: '儿童成长空间最需要改善的是（可多选）',
      options: [
        '增设户外体育运动场地',
        '法治文化广场增设儿童玩耍区域',
        '室内儿童学习和发展空间',
        '小区内道路车辆治理',
        '少儿图书馆社区分馆开放时间',
      ],
    }),
    q({ id: 'satisfaction', kind: 'scale', title: '您对社区现有儿童活动场地和服务的满意程度', scaleMax: 5 }),
    q({
      id: 'helping',
      kind: 'single',
      title: '是否愿意让孩子（或自己）参与帮扶社区困难儿童的活动',
      options: ['非常愿意', '愿意', '视情况而定', '不愿意'],
    }),
    q({
      id: 'governance',
      kind: 'single',
      title: '是否愿意参与小区议事或小区自治志愿服务队',
      options: ['愿意', '视时间而定', '不愿意'],
    }),
    q({ id: 'ideas', kind: 'text', title: '对建设儿童友好型社区，您还有什么想法或建议？', required: false }),
  ],
};

export const yuanshanSurvey = {
  title: '园山社区居民需求调查',
  intro:
    '为了解居民最关心的问题，社区开展本次需求调查。您的意见将列入社区需求清单，提交书记下午茶等议事会议讨论。',
  respondentKindQuestionId: null,
  questions: [
    q({
      id: 'age',
      kind: 'single',
      title: '您的年龄段',
      options: ['18-34岁', '35-59岁', '60-79岁', '80岁及以上'],
    }),
    q({
      id: 'concerns',
      kind: 'multiple',
      title: '您最希望社区改善的方面（可多选）',
      options: ['老年人助餐', '环境卫生', '停车管理', '儿童课后托管', '文体活动场地', '邻里互助', '治安安全'],
    }),
    q({ id: 'satisfaction', kind: 'scale', title: '您对社区服务的总体满意度', scaleMax: 5 }),
    q({
      id: 'deliberation',
      kind: 'single',
      title: '您是否愿意参加社区议事（如书记下午茶）',
      options: ['愿意', '视时间而定', '不愿意'],
    }),
    q({ id: 'detail', kind: 'text', title: '您遇到的具体困难或对社区的建议', required: false }),
  ],
};

// Weights of each option by respondent kind (社区工作者, 家长, 儿童): what each side asked for most.
export const jinshangWeights = {
  activities: [
    [5, 4, 3, 3, 2, 2, 2],
    [5, 2, 5, 4, 3, 3, 3],
    [1, 1, 3, 1, 2, 6, 6],
  ],
  spaces: [
    [2, 3, 5, 3, 2],
    [4, 3, 3, 5, 2],
    [6, 5, 2, 1, 3],
  ],
  satisfaction: [
    [0, 1, 3, 5, 2],
    [1, 2, 5, 4, 2],
    [0, 1, 3, 6, 4],
  ],
  helping: [
    [5, 4, 1, 0],
    [3, 5, 3, 1],
    [5, 4, 2, 1],
  ],
  governance: [
    [6, 2, 0],
    [3, 5, 2],
    [4, 3, 2],
  ],
  age: [
    [1, 2, 4, 3],
    [2, 3, 5, 3],
    [0, 0, 6, 4],
  ],
} as const;

// Text answers as each side wrote them; none names or points to anyone.
export const jinshangIdeas = [
  [
    '建议定期开展儿童安全教育进小区，联合派出所、消防站一起做。',
    '希望招募更多大学生志愿者参与儿童服务。',
    '社区空间可以分时段给儿童使用，周末开放多功能活动厅。',
    '困难儿童帮扶可以和学校一起建立结对机制。',
  ],
  [
    '小区里电动车和汽车太多，孩子在路上玩很不安全，希望做好人车分流。',
    '希望多办亲子活动，周末能带孩子一起参加。',
    '孩子课后缺少运动的地方，希望增设篮球架和儿童健身器材。',
    '希望有家庭教育讲座，教家长怎么和青春期孩子沟通。',
    '少儿图书馆晚上和周末能多开一会儿就好了。',
    '希望社区有心理老师可以给孩子做咨询。',
  ],
  [
    '希望广场上有专门给小朋友玩的地方。',
    '想和小伙伴一起设计社区活动。',
    '希望有更多画画和音乐的课。',
    '想去帮助有困难的小朋友。',
    '希望有踢足球的地方。',
  ],
];

export const yuanshanDetails = [
  { text: '家里老人腿脚不便，希望社区食堂能送餐上门。', need: 'meal' },
  { text: '楼道里堆放杂物很多，存在消防隐患。', need: 'corridor' },
  { text: '晚上小区停车位不够，车子停到消防通道上。', need: 'parking' },
  { text: '双职工家庭，孩子放学后没人照看，希望有课后托管。', need: 'afterSchool' },
  { text: '希望多组织老年人唱歌、下棋的活动。', need: null },
  { text: '小区路灯有几盏坏了，晚上出行不方便。', need: null },
  { text: '希望社区能组织邻里互助，帮独居老人买菜。', need: null },
  { text: '垃圾分类点气味大，希望增加清运次数。', need: null },
] as const;
