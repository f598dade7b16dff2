package org.kotmai.review.schedule;

import java.time.ZoneId;
import java.util.List;

import org.kotmai.catalog.InstrumentType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the ex-post evaluation schedule.
 *
 * @param cycleYears  years between evaluations when no published evaluation sets another interval; the 2019 Act
 *                    (s.34, secondary sources) asks for at least one every five years
 * @param zone        time zone in which "today" and the dates of decisions are taken
 * @param exemptTypes instrument types left out of the schedule altogether; by default the constitution, which the
 *                    Act's evaluation duty is read as serving rather than covering (an assumption to confirm)
 * @param templateId  the review template whose published reviews count as completed evaluations
 */
@ConfigurationProperties("kotmai.expost")
public record ExPostProperties(@DefaultValue("5") int cycleYears,
                               @DefaultValue("Asia/Bangkok") ZoneId zone,
                               @DefaultValue("CONSTITUTION") List<InstrumentType> exemptTypes,
                               @DefaultValue("th_ex_post_evaluation") String templateId) {

    public ExPostProperties {
        if (cycleYears < 1) {
            throw new IllegalStateException("kotmai.expost.cycle-years is " + cycleYears + "; give 1 or more years");
        }
        exemptTypes = exemptTypes == null ? List.of() : List.copyOf(exemptTypes);
    }
}
