package org.kotmai.review.template;

/** Text shown to users in Thai (the language of the official form) and English (for reviewers and donors). */
public record LocalizedText(String th, String en) {
}
