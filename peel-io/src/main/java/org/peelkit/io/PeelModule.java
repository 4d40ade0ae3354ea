package org.peelkit.io;

import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module for PEEL JSON format 1, like Jackson's own datatype modules: add it to your
 * {@code JsonMapper} and every model value inside your own types is written and read in PEEL
 * JSON's spelling. It is registered with {@link java.util.ServiceLoader} (and {@code provides} in
 * {@code module-info}), so {@code findAndAddModules()} finds it. The model itself stays free of
 * Jackson.
 *
 * <ul>
 * <li>{@code Assessment}, {@code Dataset}, {@code Judgment}, the findings, {@code Recommendation},
 *     {@code Metric} and {@code MonitoringPeriod}: the objects of the format, fields in the spec's
 *     order;</li>
 * <li>{@code Grade}, {@code JudgmentStatus} and the other vocabularies: their ids
 *     ({@code "requires-improvement"}); the model's other enums in lower-kebab-case
 *     ({@code DateOrder.OVERLAPPING} is {@code "overlapping"}); also as map keys;</li>
 * <li>{@code PartialDate}: {@code "2017-03"}; {@code Cycle} and {@code Force}: their ids, read back
 *     from the built-in catalogue; {@code Question}: {@code {"cycle": "2016", "id": "effectiveness"}};
 *     {@code CycleGrade}: {@code {"cycle": "2016", "grade": "good"}}; {@code CycleJudgment}:
 *     {@code {"cycle": ..., "judgment": {...}}}.</li>
 * </ul>
 * A model type with no spelling (a {@code Catalogue}: use {@link CatalogueJson#write(org.peelkit.model.Catalogue)}) is refused
 * with an {@link InvalidDefinitionException}, never written as {@code {}}.
 *
 * <p>A mapper reads strictly: the first value with problems fails with a
 * {@link MismatchedInputException} that lists them all. To get every problem with its location
 * and go on reading, use {@link PeelJson}.
 *
 * <pre>{@code
 * record Row(Cycle cycle, Grade grade, PartialDate published) { }
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * mapper.writeValueAsString(new Row(Cycle.of("2016"), Grade.REQUIRES_IMPROVEMENT, PartialDate.parse("2017-03")));
 * // {"cycle":"2016","grade":"requires-improvement","published":"2017-03"}
 * Assessment a = mapper.readValue(json, Assessment.class);
 * }</pre>
 */
public final class PeelModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module; its name is peel-io's artifact id and its version peel-io's, from the build. */
    public PeelModule() {
        super(BuildInfo.VERSION.getArtifactId(), BuildInfo.VERSION);
        setSerializers(new ModelSerializers());
        setDeserializers(new ModelDeserializers());
        setKeySerializers(new ModelKeys.Writers());
        setKeyDeserializers(new ModelKeys.Readers());
    }
}
