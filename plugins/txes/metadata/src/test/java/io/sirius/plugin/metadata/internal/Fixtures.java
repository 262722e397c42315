package io.sirius.plugin.metadata.internal;

import io.sirius.api.model.Address;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.PublicKey;
import io.sirius.plugin.metadata.internal.state.MetadataIndexes;
import io.sirius.plugin.metadata.model.MetadataType;
import io.sirius.plugin.metadata.model.MetadataValueNotification;
import io.sirius.plugin.metadata.state.MetadataCache;
import io.sirius.plugin.metadata.state.MetadataEntry;
import io.sirius.plugin.metadata.state.MetadataKey;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Keys, values and state for the metadata_v2 plugin's tests. */
public final class Fixtures {
    /** The signer of the SDK vectors, the metadata's source. */
    public static final PublicKey SIGNER = PublicKey.fromHex("6BE33A7E2E1E761D87A4D01581BA4029EA38971D84DE4E5DCDFD7A64C66F4806");
    /** Its mijin-test address (SDQZ36BGC3GSGR5MZSRSI3U74UHKNRIPD73OCODY). */
    public static final Address SOURCE = Address.fromHex("90E19DF82616CD2347ACCCA3246E9FE50EA6C50F1FF6E13878");
    /** The target of the SDK vectors. */
    public static final PublicKey TARGET = PublicKey.fromHex("B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF");
    /** The SDK's scoped key of the text "name" ({@code KeyGenerator.generateUInt64Key("name")}). */
    public static final long NAME_KEY = 0x8F068EB919BD9C85L;
    /** The dev currency's mosaic id. */
    public static final long MOSAIC = 0x0DC67FBE1CAD29E3L;
    /** A namespace id. */
    public static final long NAMESPACE = 0x80000000000029E3L;

    private Fixtures() {
    }

    /** @return a state holding the metadata cache, empty */
    public static InMemoryState state() {
        return InMemoryState.of(MetadataCache.DESCRIPTOR);
    }

    /**
     * @param entries entries
     * @return a state holding them as the value observer stores them: each entry and its rows in the plugin's indexes
     */
    public static InMemoryState state(MetadataEntry... entries) {
        InMemoryState state = state();
        for (MetadataEntry entry : entries) {
            put(state, entry);
        }
        return state;
    }

    /**
     * Stores an entry as the value observer does: the entry and its rows in the plugin's indexes (replacing the rows
     * of an entry it replaces).
     *
     * @param state the state
     * @param entry the entry
     * @return the state
     */
    public static InMemoryState put(InMemoryState state, MetadataEntry entry) {
        Hash256 hash = entry.key().compositeHash();
        state.cache(MetadataCache.DESCRIPTOR).find(hash).ifPresent(old -> MetadataIndexes.remove(state, old));
        state.cache(MetadataCache.DESCRIPTOR).put(hash, entry);
        MetadataIndexes.add(state, entry);
        return state;
    }

    /** @return the key of the SDK's account vector: {@link #SOURCE} about {@link #TARGET} under "name" */
    public static MetadataKey accountKey() {
        return new MetadataKey(SOURCE, TARGET, NAME_KEY, MetadataType.ACCOUNT, 0);
    }

    /**
     * @param text a value
     * @return its UTF-8 bytes
     */
    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param text the value
     * @return a version 1 account entry under {@link #accountKey()}
     */
    public static MetadataEntry plainEntry(String text) {
        return new MetadataEntry(accountKey(), bytes(text), MetadataEntry.PLAIN, false);
    }

    /**
     * @param text the value
     * @param immutable the flag
     * @return a version 2 account entry under {@link #accountKey()}
     */
    public static MetadataEntry extendedEntry(String text, boolean immutable) {
        return new MetadataEntry(accountKey(), bytes(text), MetadataEntry.EXTENDED, immutable);
    }

    /**
     * The change a client sends to go from {@code oldValue} to {@code newValue}, as the SDK builds it: the size is the
     * longer of the two, the delta the difference, the value the XOR of both padded with zeros.
     *
     * @param oldValue the stored value ("" if none)
     * @param newValue the wanted value ("" to remove)
     * @param extended whether an extended form sends it
     * @param immutable its flag
     * @return the account notification the handler would publish
     */
    public static MetadataValueNotification change(String oldValue, String newValue, boolean extended, boolean immutable) {
        byte[] before = bytes(oldValue);
        byte[] after = bytes(newValue);
        byte[] xor = new byte[Math.max(before.length, after.length)];
        for (int i = 0; i < xor.length; i++) {
            xor[i] = (byte) ((i < before.length ? before[i] : 0) ^ (i < after.length ? after[i] : 0));
        }
        return new MetadataValueNotification(SOURCE, TARGET, NAME_KEY, MetadataType.ACCOUNT, 0, after.length - before.length,
                xor, extended, immutable);
    }

    /**
     * @param oldValue the stored value
     * @param newValue the wanted value
     * @return the plain form's account notification
     */
    public static MetadataValueNotification change(String oldValue, String newValue) {
        return change(oldValue, newValue, false, false);
    }

    /** @return a context builder with the network's metadata section (maxValueSize 1024) */
    public static ContextBuilder context() {
        return ContextBuilder.context().config(io.sirius.plugin.metadata.internal.config.MetadataConfig.SECTION,
                Map.of("enabled", "true", "maxValueSize", "1024"));
    }
}
