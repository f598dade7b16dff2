package org.kotmai.review.calc;

/**
 * The reviewer's answers to the three guillotine questions for one regulation or formality.
 *
 * @param necessary        does it serve a public purpose that still needs serving
 * @param legal            does it rest on a valid legal basis and respect higher law
 * @param businessFriendly does it achieve its purpose without needless cost or delay for business
 * @param justification    the reviewer's reasons, kept with the decision so the central unit can challenge it
 */
public record GuillotineAssessment(boolean necessary, boolean legal, boolean businessFriendly,
                                   String justification) {
}
