package org.kotmai.review.template;

/**
 * Where a question comes from.
 *
 * @param id        key the questions of a template use to point at this source
 * @param act       the act, regulation or guideline document, e.g. the 2019 Act on law drafting
 * @param section   section, clause or question number inside it; empty when the whole document applies
 * @param guideline the secondary guideline or method the wording follows; empty when none
 * @param verified  true only when our question wording was compared with the official published text; templates
 *                  written from secondary notes must say false so that users know the wording is ours
 */
public record SourceRef(String id, String act, String section, String guideline, boolean verified) {
}
