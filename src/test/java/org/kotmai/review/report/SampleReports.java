package org.kotmai.review.report;

import java.time.Instant;
import java.util.List;

import org.kotmai.review.report.ReviewReport.AuditSummary;
import org.kotmai.review.report.ReviewReport.DecisionPart;
import org.kotmai.review.report.ReviewReport.Item;
import org.kotmai.review.report.ReviewReport.Kind;
import org.kotmai.review.report.ReviewReport.Move;
import org.kotmai.review.report.ReviewReport.Outcome;
import org.kotmai.review.report.ReviewReport.Section;
import org.kotmai.review.template.LocalizedText;
import org.kotmai.review.workflow.ReviewState;
import org.kotmai.review.workflow.ReviewSubject;
import org.kotmai.review.workflow.SubjectKind;

/** A decided cost-model review, written by hand, with Thai words that need correct shaping (sara am, tone marks). */
final class SampleReports {

    static final String TITLE = "การประเมินภาระต้นทุน: พระราชบัญญัติทดสอบการนำเข้าสินค้า";
    static final String ANSWER = "ผู้ประกอบการต้องยื่นแบบคำขอและสำเนาเอกสารทุกปี";
    static final String ACTIVITY = "กรอกแบบคำขอ (เจ้าหน้าที่ธุรการ)";

    private SampleReports() {
    }

    static ReviewReport costModel(String answer) {
        Instant at = Instant.parse("2026-11-20T03:00:00Z");
        Item obligation = Item.of(Kind.ANSWER, "obligation",
                new LocalizedText("หน้าที่ในการจัดทำหรือส่งข้อมูล", "Information to submit"), answer);
        Item activities = new Item(Kind.TABLE, "current_activities",
                new LocalizedText("กิจกรรมภายใต้กฎปัจจุบัน", "Activities now"),
                "", List.of(new LocalizedText("กิจกรรม", "Activity"), new LocalizedText("จำนวน", "Population"),
                new LocalizedText("ต้นทุนรวมต่อปี", "Yearly cost")),
                List.of(List.of(ACTIVITY, "1,200", "36,000")));
        Item burden = Item.of(Kind.COMPUTED, "current_burden",
                new LocalizedText("ภาระต่อปีตามกฎปัจจุบัน", "Yearly burden now"), "36,000");
        Item decision = Item.of(Kind.DECISION, "decision", new LocalizedText("มติคณะกรรมการ", "Committee decision"),
                "ปรับปรุง — ลดจำนวนเอกสาร");
        return new ReviewReport("r-1", TITLE, "standard_cost_model", 1,
                new LocalizedText("การประเมินภาระต้นทุนด้วยแบบจำลองต้นทุนมาตรฐาน", "Standard Cost Model"),
                new ReviewSubject(SubjectKind.LAW, "act-2568-ทดสอบ", List.of()), "พระราชบัญญัติทดสอบ พ.ศ. ๒๕๖๘",
                ReviewState.DECIDED,
                List.of(new Section(new LocalizedText("หน้าที่ที่ประเมิน", "Obligation"), List.of(obligation)),
                        new Section(new LocalizedText("ต้นทุน", "Cost"), List.of(activities, burden, decision))),
                new DecisionPart(new Outcome("amend", new LocalizedText("ปรับปรุง", "Amend")), "ลดจำนวนเอกสาร",
                        "committee", at),
                new Outcome("amend", new LocalizedText("ปรับปรุง", "Amend")),
                new AuditSummary("officer", at, 7, List.of(new Move(at, "committee", ReviewState.DECIDED, "มติ")), at),
                at);
    }
}
