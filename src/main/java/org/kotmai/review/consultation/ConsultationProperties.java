package org.kotmai.review.consultation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on public comments.
 *
 * @param commentsPerClient  how many comments one client address may send per {@code window}; the address is the
 *                           connection's, or the one a trusted proxy forwards when
 *                           {@code server.forward-headers-strategy} is set
 * @param window             the period over which {@code commentsPerClient} counts
 * @param maxCommentChars    the longest comment accepted, in characters
 * @param maxNameChars       the longest commenter name accepted
 * @param recommendedMinDays consultations shorter than this many days are opened with a warning; Thai practice
 *                           recommends at least 15
 */
@ConfigurationProperties("kotmai.review.consultation")
public record ConsultationProperties(@DefaultValue("5") int commentsPerClient,
                                     @DefaultValue("1m") Duration window,
                                     @DefaultValue("5000") int maxCommentChars,
                                     @DefaultValue("100") int maxNameChars,
                                     @DefaultValue("15") int recommendedMinDays) {
}
