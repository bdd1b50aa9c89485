/** Terminals learners really use: a narrow split, a laptop's default, a short editor panel, a big screen. */
export const SCREEN_SIZES = [
  [60, 15],
  [80, 24],
  [100, 15],
  [200, 60],
] as const;
