package org.peelkit.testkit;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * A JUnit Jupiter extension that puts the {@link Seed} of a failing property and its replay flag
 * at the start of the failure message itself, so plain Maven output (Surefire's console and XML
 * reports) shows how to replay it. The failure keeps its stack trace, its expected and actual
 * values, and the original as its cause.
 *
 * <pre>{@code
 * @ExtendWith(SeedReporter.class)
 * class MyPropertyTest {
 *     static List<Seed> seeds() { return Seeds.sample(2_000); }
 *
 *     @ParameterizedTest
 *     @MethodSource("seeds")
 *     void holds(Seed seed) { ... }
 * }
 * // [ERROR]   MyPropertyTest.holds:21 seed 8071345161237717812 (replay: -Dpeel.seed=8071345161237717812): expected: ...
 * }</pre>
 *
 * Needs JUnit Jupiter on the test class path, as every test that uses it has.
 */
public final class SeedReporter implements InvocationInterceptor {

    /** Creates the extension; JUnit does this for {@code @ExtendWith}. */
    public SeedReporter() {
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
            ExtensionContext context) throws Throwable {
        proceed(invocation, call.getArguments());
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
            ExtensionContext context) throws Throwable {
        proceed(invocation, call.getArguments());
    }

    private static void proceed(Invocation<Void> invocation, List<Object> arguments) throws Throwable {
        try {
            invocation.proceed();
        } catch (TestAbortedException | VirtualMachineError e) {
            throw e;
        } catch (Throwable failure) {
            Optional<Seed> seed = arguments.stream().filter(Seed.class::isInstance).map(Seed.class::cast).findFirst();
            if (seed.isEmpty()) {
                throw failure;
            }
            throw withSeed(seed.get(), failure);
        }
    }

    /**
     * @param seed    the seed of the failing case
     * @param failure what it threw
     * @return an assertion error whose message starts with the seed and its replay flag
     */
    static AssertionError withSeed(Seed seed, Throwable failure) {
        String what = failure instanceof AssertionError ? String.valueOf(failure.getMessage()) : failure.toString();
        String message = seed + ": " + what;
        AssertionError seeded = failure instanceof AssertionFailedError f && (f.isExpectedDefined() || f.isActualDefined())
                ? new AssertionFailedError(message, f.getExpected(), f.getActual(), failure)
                : new AssertionFailedError(message, failure);
        seeded.setStackTrace(failure.getStackTrace());
        return seeded;
    }
}
