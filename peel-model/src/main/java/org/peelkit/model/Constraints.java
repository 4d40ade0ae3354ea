package org.peelkit.model;

/**
 * The field-level constraints of PEEL JSON, as constants for the Jakarta Bean Validation
 * annotations on the model's records. {@code peel-rules} checks them (rule PEEL-019); the records
 * themselves accept any value, so that a wrong document can be held and reported. The records use
 * them through the composed constraints {@link PeelId}, {@link PeelQuestionId} and
 * {@link PeelText}; their messages ship with peel-model in {@code ContributorValidationMessages.properties},
 * so any Hibernate Validator setup resolves them.
 *
 * <pre>{@code
 * "metropolitan".matches(Constraints.ID);                           // true
 * "effectiveness/investigating-crime".matches(Constraints.QUESTION_ID); // true
 * }</pre>
 */
public final class Constraints {

    /** A force, cycle or metric id: lower-kebab-case, e.g. {@code metropolitan}, {@code 2018-19}. */
    public static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

    /** A question id: an id, or a pillar id, a slash and an id. */
    public static final String QUESTION_ID = "[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?";

    /** Text with at least one character that is not white space (an absent value is fine). */
    public static final String NOT_BLANK = "(?s).*\\S.*";

    /** The longest text a field may hold. */
    public static final int MAX_TEXT = 20_000;

    /** Message key: not a valid id. */
    public static final String ID_MESSAGE = "{org.peelkit.constraints.id}";
    /** Message key: not a valid question id. */
    public static final String QUESTION_ID_MESSAGE = "{org.peelkit.constraints.questionId}";
    /** Message key: empty text. */
    public static final String BLANK_MESSAGE = "{org.peelkit.constraints.blank}";
    /** Message key: text too long. */
    public static final String LONG_MESSAGE = "{org.peelkit.constraints.long}";

    private Constraints() {
    }
}
