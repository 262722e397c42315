package io.sirius.api.validation;

import io.sirius.api.resolver.Resolvers;
import io.sirius.api.state.StateView;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What a stateful validator may read: the state before the notification is applied, and the resolvers.
 */
@ProviderType
public interface StatefulValidationContext extends ValidationContext {

    /** @return the state, read only */
    StateView state();

    /** @return alias resolution against {@link #state()} */
    Resolvers resolvers();
}
