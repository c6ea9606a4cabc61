package io.stowage.adapter.http.auth;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.stowage.domain.identity.Principal;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Lets controllers take the resolved caller as a plain {@link Principal} parameter. */
@Singleton
final class CallerBinder implements TypedRequestArgumentBinder<Principal> {

    private static final Argument<Principal> TYPE = Argument.of(Principal.class);

    @Override
    public Argument<Principal> argumentType() {
        return TYPE;
    }

    @Override
    public BindingResult<Principal> bind(ArgumentConversionContext<Principal> context, HttpRequest<?> source) {
        Principal caller = CallerAttribute.get(source);
        return () -> Optional.of(caller);
    }
}
