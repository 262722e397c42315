package io.sirius.plugin.multisig.state;

import io.sirius.api.model.PublicKey;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.plugin.multisig.internal.state.MultisigEntrySerializer;
import io.sirius.plugin.multisig.internal.state.PublicKeyCodec;

/**
 * The Multisig cache, owned by the multisig plugin: {@code state.cache(MultisigCache.DESCRIPTOR).find(key)} gives an
 * account's {@link MultisigEntry}, absent for an account outside the multisig graph.
 *
 * <p>Key: the account's 32 key bytes. Entry version 1: Sirius's {@code MultisigEntrySerializer} layout without its
 * version prefix (the kernel stores the version) and with the account's address after its key (see the serializer).
 */
public final class MultisigCache {
    /** The cache's name. */
    public static final String NAME = "multisig";
    /** Its position in Sirius's CacheId order (Multisig). */
    public static final int CACHE_ID = 7;
    /** The descriptor. */
    public static final CacheDescriptor<PublicKey, MultisigEntry> DESCRIPTOR =
            new CacheDescriptor<>(NAME, CACHE_ID, new PublicKeyCodec(), new MultisigEntrySerializer());

    private MultisigCache() {
    }
}
