package io.sirius.plugin.namespace.state;

import io.sirius.api.state.CacheDescriptor;
import io.sirius.plugin.namespace.internal.state.NamespaceKeyCodec;
import io.sirius.plugin.namespace.internal.state.NamespaceRecordSerializer;

/**
 * The Namespace cache, owned by the namespace plugin. Read it with {@link NamespaceView#of}.
 *
 * <p>Key: a kind byte, then the kind's fields big endian (ids and heights as 8 bytes, keys 32, addresses 25), so each
 * kind's rows sort by their field. Entry version 1: a record tag byte, then the record's fields little endian (see
 * the serializer).
 */
public final class NamespaceCache {
    /** The cache's name. */
    public static final String NAME = "namespace";
    /** Its position in Sirius's CacheId order (Namespace). */
    public static final int CACHE_ID = 4;
    /** The descriptor. */
    public static final CacheDescriptor<NamespaceKey, NamespaceRecord> DESCRIPTOR =
            new CacheDescriptor<>(NAME, CACHE_ID, new NamespaceKeyCodec(), new NamespaceRecordSerializer());

    private NamespaceCache() {
    }
}
