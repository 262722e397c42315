package io.sirius.plugin.property.state;

import io.sirius.api.model.Address;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.plugin.property.internal.state.AccountPropertiesSerializer;
import io.sirius.plugin.property.internal.state.AddressKeyCodec;

/**
 * The Property cache, owned by the property plugin, keyed by the account's address (its 25 bytes), as Sirius keys it.
 * Entry version 1: Sirius's {@code AccountPropertiesSerializer} layout (see the serializer). Read it with
 * {@link PropertyView#of}.
 */
public final class PropertyCache {
    /** The cache's name. */
    public static final String NAME = "property";
    /** Its position in Sirius's CacheId order (Property). */
    public static final int CACHE_ID = 10;
    /** The descriptor. */
    public static final CacheDescriptor<Address, AccountProperties> DESCRIPTOR =
            new CacheDescriptor<>(NAME, CACHE_ID, new AddressKeyCodec(), new AccountPropertiesSerializer());

    private PropertyCache() {
    }
}
