/** A recommendation id that the score offers none of (a module of its own: the pane's page revives it without the simulator). */
export class UnknownRecommendationError extends Error {
  override name = "UnknownRecommendationError";
}
