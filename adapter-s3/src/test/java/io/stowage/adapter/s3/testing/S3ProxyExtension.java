package io.stowage.adapter.s3.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands an {@link S3Proxy} to any test method or lifecycle method that asks for one. The server lives in
 * the root store, so one process serves the whole test run and JUnit closes (stops) it at the end.
 */
public final class S3ProxyExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(S3ProxyExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == S3Proxy.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(S3Proxy.class, type -> {
            try {
                return S3Proxy.start();
            } catch (Exception e) {
                throw new IllegalStateException("could not start s3proxy", e);
            }
        }, S3Proxy.class);
    }
}
