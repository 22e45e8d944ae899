import { ASSESSMENT_LABEL } from "@/lib/evidence/display";
import { type Assessment, ASSESSMENTS } from "@/lib/assessment";

/** The "Paragraphs tagged" filter of the search and theme pages' GET forms. */
export function AssessmentSelect({ defaultValue }: { defaultValue?: Assessment }) {
  return (
    <div className="form-group">
      <label className="label" htmlFor="assessment">
        Paragraphs tagged
      </label>
      <select className="select" id="assessment" name="assessment" defaultValue={defaultValue ?? ""}>
        <option value="">Any (and recommendations)</option>
        {ASSESSMENTS.map((a) => (
          <option key={a} value={a}>
            {ASSESSMENT_LABEL[a]}
          </option>
        ))}
      </select>
    </div>
  );
}
