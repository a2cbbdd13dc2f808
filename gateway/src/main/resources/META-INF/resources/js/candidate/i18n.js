// The candidate page's text in the interview's language. "{name}" marks a value filled in by format().

const TEXTS = {
  en: {
    brand: 'Interview',
    skipToContent: 'Skip to main content',
    loading: 'Loading your interview…',
    problemTitle: 'There is a problem',
    introTitle: 'Before you start',
    introWhat: 'This is a written interview. Interviewers ask one question at a time; you type your answer and send it. '
      + 'Some answers get a short follow-up question. Answer in your own words: there are no trick questions.',
    introLengthTitle: 'How long it takes',
    introLength: 'The interview has {stages} parts of a few questions each. Most people need 45 to 60 minutes. '
      + 'You can stop and come back with the same link: your answers are saved when you send them, and an unsent '
      + 'draft is kept in this browser.',
    introScoringTitle: 'How your answers are assessed',
    introScoring: 'Your answers are rated against the same written criteria for every candidate, with the help of an '
      + 'automated (AI) system. A person in the hiring team reviews the ratings and makes every decision; nothing is '
      + 'decided by the system alone.',
    introDataTitle: 'How your data is used',
    introData: 'Your answers are stored by the company that invited you and used to assess this application. They are '
      + 'deleted {days} days after the application ends at the latest. You can ask the recruiter who invited you to see '
      + 'your data or to delete it sooner.',
    consentLabel: 'I have read how the interview works and agree that my answers are assessed and stored as described.',
    consentButton: 'Start the interview',
    consentRequired: 'Tick the box to agree before you start the interview.',
    selfIdTitle: 'Optional: help us check that hiring is fair',
    selfIdWhy: 'You may tell us your sex, race or ethnicity and age band. This is voluntary and changes nothing in your '
      + 'interview: interviewers, the assessment and recruiters never see it. It is kept apart and used only, counted '
      + 'with everyone else\'s, to check that candidates of every group are treated alike.',
    selfIdSex: 'Sex',
    selfIdRace: 'Race or ethnicity',
    selfIdAge: 'Age',
    selfIdDecline: 'I prefer not to say',
    sexFemale: 'Female',
    sexMale: 'Male',
    raceHispanicOrLatino: 'Hispanic or Latino',
    raceWhite: 'White',
    raceBlackOrAfricanAmerican: 'Black or African American',
    raceNativeHawaiianOrPacificIslander: 'Native Hawaiian or Pacific Islander',
    raceAsian: 'Asian',
    raceNativeAmericanOrAlaskaNative: 'Native American or Alaska Native',
    raceTwoOrMoreRaces: 'Two or more races',
    ageUnder40: 'Under 40',
    ageAge40AndOver: '40 or over',
    selfIdConsent: 'I agree that these answers are stored for this fairness check.',
    selfIdConsentRequired: 'Tick the box to agree before you save these answers.',
    selfIdSave: 'Save these answers',
    selfIdWithdraw: 'Withdraw my answers',
    selfIdSaved: 'Saved. You can change or withdraw them here until you start the interview.',
    selfIdWithdrawn: 'Withdrawn: nothing of these answers is kept.',
    interviewTitle: 'Your interview',
    stagesTitle: 'Parts of the interview',
    stageDone: 'done',
    stageCurrent: 'now',
    stageUpcoming: 'to come',
    questionOf: 'Question {number} of {planned}',
    followUpOf: 'Follow-up to question {number} of {planned}',
    question: 'Question',
    answerLabel: 'Your answer',
    answerHint: 'Answer in English or Chinese: the interviewer reads no other language. An answer may be up to '
      + 'about {letters} characters long in English, or {chinese} in Chinese. Put '
      + 'code between two lines of three backticks (```): the preview shows it in a fixed-width font. Your draft is '
      + 'kept in this browser until you send it.',
    answerSize: '{percent}% of the maximum length used',
    answerSizeNearlyFull: '{percent}% of the maximum length used: nearly at the limit',
    answerSizeOver: '{percent}% of the maximum length: about {over} characters too many',
    sendAnswer: 'Send answer',
    sending: 'Sending…',
    previewTitle: 'Preview',
    previewEmpty: 'Your answer will appear here as it will be read.',
    answerEmpty: 'Write an answer before you send it.',
    answerTooLong: 'Your answer is longer than the maximum length. Shorten it by about {over} characters and send '
      + 'it again.',
    answerSent: 'Your answer was sent. The interviewer is preparing the next question…',
    nextQuestionComing: 'The interviewer is preparing the next question…',
    stageChanging: 'This part is done. The next part starts in a moment…',
    delayed: 'This is taking longer than usual. You can keep this page open or come back later with the same link: '
      + 'nothing you sent is lost.',
    waitingTitle: 'Thank you: your interview is complete',
    waitingMessage: 'A person in the hiring team now reviews your answers. When they have decided, their letter '
      + 'appears on this page (keep the link from your invitation). You can close this page.',
    offerTitle: 'Your offer',
    feedbackTitle: 'Your feedback',
    offerQuestion: 'Your answer to the offer',
    offerCommentLabel: 'A message to the hiring team (optional)',
    offerCommentHint: 'At most 2,000 characters.',
    acceptOffer: 'Accept the offer',
    declineOffer: 'Decline the offer',
    offerAccepted: 'You accepted the offer. The hiring team has been told and will be in touch.',
    offerDeclined: 'You declined the offer. The hiring team has been told. Thank you for your time.',
    closedTitle: 'Your application has ended',
    closedMessage: 'Thank you for taking the interview. The hiring team has decided not to continue with this '
      + 'application. They may contact you about other positions.',
    reconnecting: 'Connection lost. Reconnecting… Your draft is safe in this browser.',
    reconnected: 'Connected again.',
    noToken: 'This page needs the full link from your invitation. Open the link from your invitation email again.',
    notFound: 'This link does not open an interview. Check that you used the whole link from your invitation, or ask '
      + 'the recruiter for a new one.',
    gone: 'This interview can no longer be opened: either the invitation expired before the interview started, or '
      + 'the interview and its data have been erased. Ask the recruiter if you need a new invitation.',
    conflict: 'This question is no longer open, so the answer was not taken. The page now shows where your '
      + 'interview stands.',
    tooLarge: 'Your answer is too long to send. Shorten it and send it again.',
    rateLimited: 'Too many attempts in a short time. Try again in {seconds} seconds.',
    invalid: 'The answer could not be taken.',
    serverError: 'Something went wrong on our side. Your draft is kept; try again in a moment.',
    networkError: 'The interview service cannot be reached. Your draft is kept; try again when you are back online.',
  },
  zh: {
    brand: '面试',
    skipToContent: '跳到主要内容',
    loading: '正在加载您的面试…',
    problemTitle: '出现问题',
    introTitle: '开始之前',
    introWhat: '这是一场书面面试。面试官每次提出一个问题，您输入回答并发送。部分回答之后会有一个简短的追问。请用自己的话回答，没有陷阱题。',
    introLengthTitle: '需要多长时间',
    introLength: '面试共 {stages} 个环节，每个环节有几个问题。大多数人需要 45 到 60 分钟。您可以中途离开，之后用同一链接回来：回答在发送时即已保存，未发送的草稿保留在此浏览器中。',
    introScoringTitle: '如何评估您的回答',
    introScoring: '您的回答按照对所有候选人相同的书面标准评分，并借助自动化（人工智能）系统完成。招聘团队中的人员会复核评分并做出每一项决定；系统不会单独做出任何决定。',
    introDataTitle: '如何使用您的数据',
    introData: '您的回答由邀请您的公司保存，用于评估本次申请，最迟在申请结束后 {days} 天删除。您可以联系邀请您的招聘人员查看您的数据，或要求提前删除。',
    consentLabel: '我已阅读面试的进行方式，并同意按上述方式评估和保存我的回答。',
    consentButton: '开始面试',
    consentRequired: '开始面试前，请勾选同意。',
    selfIdTitle: '可选：帮助我们检查招聘是否公平',
    selfIdWhy: '你可以告诉我们你的性别、种族或族裔以及年龄段。这完全自愿，不会影响你的面试：面试官、评估系统和招聘人员都看不到。'
      + '这些信息单独保存，只会与所有人的信息汇总在一起，用来检查各个群体的候选人是否受到同等对待。',
    selfIdSex: '性别',
    selfIdRace: '种族或族裔',
    selfIdAge: '年龄',
    selfIdDecline: '我不愿透露',
    sexFemale: '女',
    sexMale: '男',
    raceHispanicOrLatino: '西班牙裔或拉丁裔',
    raceWhite: '白人',
    raceBlackOrAfricanAmerican: '黑人或非裔美国人',
    raceNativeHawaiianOrPacificIslander: '夏威夷原住民或太平洋岛民',
    raceAsian: '亚裔',
    raceNativeAmericanOrAlaskaNative: '美洲原住民或阿拉斯加原住民',
    raceTwoOrMoreRaces: '两个或以上种族',
    ageUnder40: '40 岁以下',
    ageAge40AndOver: '40 岁及以上',
    selfIdConsent: '我同意为这项公平性检查保存这些回答。',
    selfIdConsentRequired: '保存前，请勾选同意。',
    selfIdSave: '保存这些回答',
    selfIdWithdraw: '撤回我的回答',
    selfIdSaved: '已保存。开始面试前，你可以在这里修改或撤回。',
    selfIdWithdrawn: '已撤回：这些回答不会保留。',
    interviewTitle: '您的面试',
    stagesTitle: '面试环节',
    stageDone: '已完成',
    stageCurrent: '进行中',
    stageUpcoming: '未开始',
    questionOf: '第 {number} 题，共 {planned} 题',
    followUpOf: '第 {number} 题的追问，共 {planned} 题',
    question: '问题',
    answerLabel: '您的回答',
    answerHint: '请用中文或英文回答：面试官无法阅读其他语言。回答最长约 {chinese} 个汉字，或 {letters} 个英文字符。代码请放在两行三个反引号（```）之间：预览会以等宽字体显示。'
      + '发送之前，草稿保留在此浏览器中。',
    answerSize: '已用最大长度的 {percent}%',
    answerSizeNearlyFull: '已用最大长度的 {percent}%，即将达到上限',
    answerSizeOver: '已达最大长度的 {percent}%，约多出 {over} 个字符',
    sendAnswer: '发送回答',
    sending: '正在发送…',
    previewTitle: '预览',
    previewEmpty: '您的回答将在这里按阅读时的样子显示。',
    answerEmpty: '请先写下回答再发送。',
    answerTooLong: '您的回答超出了最大长度，请删减约 {over} 个字符后再发送。',
    answerSent: '回答已发送。面试官正在准备下一个问题…',
    nextQuestionComing: '面试官正在准备下一个问题…',
    stageChanging: '本环节已完成，下一个环节马上开始…',
    delayed: '这次比平时慢一些。您可以保持此页面打开，或稍后用同一链接回来：您发送的内容不会丢失。',
    waitingTitle: '谢谢您：面试已完成',
    waitingMessage: '招聘团队的人员正在审阅您的回答。他们做出决定后，信函会显示在此页面上（请保留邀请中的链接）。您现在可以关闭此页面。',
    offerTitle: '您的录用通知',
    feedbackTitle: '您的反馈信',
    offerQuestion: '您对录用通知的答复',
    offerCommentLabel: '给招聘团队的留言（可选）',
    offerCommentHint: '最多 2000 个字符。',
    acceptOffer: '接受录用',
    declineOffer: '拒绝录用',
    offerAccepted: '您已接受录用。招聘团队已收到通知，会与您联系。',
    offerDeclined: '您已拒绝录用。招聘团队已收到通知。感谢您付出的时间。',
    closedTitle: '您的申请已结束',
    closedMessage: '感谢您参加面试。招聘团队决定不再推进本次申请，之后可能会就其他职位与您联系。',
    reconnecting: '连接已断开，正在重新连接…您的草稿安全地保存在此浏览器中。',
    reconnected: '已重新连接。',
    noToken: '此页面需要邀请中的完整链接。请重新打开邀请邮件中的链接。',
    notFound: '此链接无法打开面试。请确认使用的是邀请中的完整链接，或请招聘人员重新发送。',
    gone: '无法再打开这个面试：邀请在面试开始前已过期，或者面试及其数据已被删除。如需新的邀请，请联系招聘人员。',
    conflict: '此问题已不再开放，回答未被接收。页面现在显示您面试的最新进度。',
    tooLarge: '您的回答太长，无法发送。请缩短后重新发送。',
    rateLimited: '短时间内尝试次数过多。请在 {seconds} 秒后重试。',
    invalid: '回答未被接收。',
    serverError: '我们这边出了问题。您的草稿已保留，请稍后重试。',
    networkError: '无法连接面试服务。您的草稿已保留，请在网络恢复后重试。',
  },
};

const STAGE_NAMES = {
  en: { tech: 'Technical', hr: 'Background and motivation', boss: 'Leadership (CTO)', coding: 'Coding' },
  zh: { tech: '技术面试', hr: '背景与动机', boss: '管理层（CTO）面试', coding: '编程' },
};

/** The texts of a language ("en" or "zh"; English for anything else). */
export function textsFor(language) {
  const code = TEXTS[language] ? language : 'en';
  return {
    language: code,
    text: (key, values = {}) => TEXTS[code][key].replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? '')),
    stageName: (stage) => STAGE_NAMES[code][stage] ?? stage,
    number: (value) => new Intl.NumberFormat(code === 'zh' ? 'zh-CN' : 'en').format(value),
  };
}

/** Fills every element marked data-text="key" with that text. */
export function applyTexts(root, texts) {
  for (const element of root.querySelectorAll('[data-text]')) {
    element.textContent = texts.text(element.dataset.text);
  }
}
