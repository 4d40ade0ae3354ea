package org.peelkit.example.modulepath;

import java.io.StringWriter;
import java.nio.file.Path;
import org.peelkit.io.GradeTable;
import org.peelkit.io.PeelDocument;
import org.peelkit.io.PeelReader;
import org.peelkit.model.Cycle;
import org.peelkit.model.Grade;
import org.peelkit.model.PartialDate;
import org.peelkit.rules.ValidationReport;
import org.peelkit.rules.PeelValidator;
import tools.jackson.databind.json.JsonMapper;

/** Validates a file, reads and writes CSV, and uses the Jackson module, all on the module path. */
public final class App {

    /** A user's own record holding peel values. */
    public record Row(Cycle cycle, Grade grade, PartialDate published) {
    }

    private App() {
    }

    /**
     * @param args a PEEL JSON file to validate, and a CSV grade table
     */
    public static void main(String[] args) {
        System.out.println("module: " + App.class.getModule().getName());

        ValidationReport report = PeelValidator.standard().validate(PeelReader.standard().readWhole(Path.of(args[0])));
        System.out.println("valid: " + report.isValid());
        report.findings().forEach(f -> System.out.println("finding: " + f));

        PeelDocument table = GradeTable.standard().read(Path.of(args[1]));
        System.out.println("csv problems: " + table.problems().size());
        StringWriter csv = new StringWriter();
        GradeTable.standard().write(table.dataset(), csv);
        System.out.print("csv: " + csv);

        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        Row row = new Row(Cycle.of("2016"), Grade.REQUIRES_IMPROVEMENT, PartialDate.parse("2017-03"));
        String json = mapper.writeValueAsString(row);
        System.out.println("json: " + json);
        System.out.println("round trip: " + row.equals(mapper.readValue(json, Row.class)));
    }
}
