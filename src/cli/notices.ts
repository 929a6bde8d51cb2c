/** 说明数据 problems as lines for stderr (the text keeps a gap where a value could not be read); the pane lists the same lines. */
export { supplementProblemLines as supplementNotices } from '../engine/supplement/json';
