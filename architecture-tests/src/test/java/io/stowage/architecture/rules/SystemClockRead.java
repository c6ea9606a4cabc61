package io.stowage.architecture.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Matches a call or method reference that reads the machine's clock instead of a given {@link Clock}:
 * any java.time {@code now(..)} without a Clock argument, System.currentTimeMillis(), Clock.system*(),
 * and {@code new java.util.Date()}.
 */
final class SystemClockRead extends DescribedPredicate<JavaAccess<?>> {

    private static final Set<String> SYSTEM_CLOCK_FACTORIES = Set.of("systemUTC", "systemDefaultZone", "system");

    SystemClockRead() {
        super("a read of the system clock (now() without a Clock, System.currentTimeMillis(), "
                + "Clock.system*(), new Date())");
    }

    @Override
    public boolean test(JavaAccess<?> access) {
        AccessTarget target = access.getTarget();
        if (!(target instanceof CodeUnitAccessTarget)) {
            return false;
        }
        String owner = target.getOwner().getName();
        String name = target.getName();
        List<JavaClass> parameters = ((CodeUnitAccessTarget) target).getRawParameterTypes();
        return owner.startsWith("java.time.") && name.equals("now") && !takesClock(parameters)
                || owner.equals(System.class.getName()) && name.equals("currentTimeMillis")
                || owner.equals(Clock.class.getName()) && SYSTEM_CLOCK_FACTORIES.contains(name)
                || owner.equals("java.util.Date") && name.equals(JavaConstructor.CONSTRUCTOR_NAME)
                        && parameters.isEmpty();
    }

    private static boolean takesClock(List<JavaClass> parameters) {
        return parameters.stream().anyMatch(type -> type.isEquivalentTo(Clock.class));
    }
}
