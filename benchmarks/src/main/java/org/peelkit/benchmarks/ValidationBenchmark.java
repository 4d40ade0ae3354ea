package org.peelkit.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.peelkit.io.PeelJson;
import org.peelkit.io.PeelSchema;
import org.peelkit.model.Assessment;
import org.peelkit.model.MonitoringPeriod;
import org.peelkit.rules.ValidationReport;
import org.peelkit.rules.PeelValidator;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.json.JsonMapper;

/**
 * 2. Full validation against Hibernate Validator alone on the same objects (target: at most twice
 * its time). 3. Full validation from bytes against a general JSON Schema validator checking the same
 * bytes against the shipped schema (target: peel faster, while it checks far more).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ValidationBenchmark {

    @Param("10000")
    public int assessments;

    private BenchmarkData data;
    private PeelValidator validator;
    private jakarta.validation.Validator hibernate;
    private Schema schema;
    private final JsonMapper jackson = JsonMapper.builder().build();

    @Setup
    public void setUp() {
        data = BenchmarkData.of(assessments);
        validator = PeelValidator.builder().catalogue(data.catalogue()).serviceRules(false).build();
        hibernate = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(PeelSchema.open());
        ValidationReport check = validator.validate(data.dataset());
        if (!check.findings().isEmpty()) {
            throw new IllegalStateException("benchmark data should be valid: " + check.findings().subList(0, 1));
        }
    }

    /** peel: every core rule, on objects. */
    @Benchmark
    public ValidationReport peelValidateObjects() {
        return validator.validate(data.dataset());
    }

    /** Hibernate Validator alone, on the same objects: only the field constraints. */
    @Benchmark
    public List<ConstraintViolation<?>> hibernateValidatorOnly() {
        List<ConstraintViolation<?>> all = new ArrayList<>();
        for (Assessment a : data.dataset().assessments()) {
            all.addAll(hibernate.validate(a));
        }
        for (MonitoringPeriod m : data.dataset().monitoring()) {
            all.addAll(hibernate.validate(m));
        }
        return all;
    }

    /** peel from bytes: read, locate, and every rule. */
    @Benchmark
    public ValidationReport peelValidateBytes() {
        return validator.validate(PeelJson.standard().readDocument(data.json(), "bench.json"));
    }

    /** A general JSON Schema validator on the same bytes: structure only. */
    @Benchmark
    public List<Error> jsonSchemaValidateBytes() {
        return schema.validate(jackson.readTree(data.json()));
    }
}
