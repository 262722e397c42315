package io.sirius.kernel.config;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Height;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.api.state.EntrySerializer;
import io.sirius.api.state.KeyCodec;
import java.nio.charset.StandardCharsets;

/**
 * The NetworkConfig cache (Sirius CacheId 0): every network configuration by the height it takes effect at.
 * The kernel writes the nemesis configuration into it and reads the configuration in force at a height from it;
 * the config plugin's observer adds the ones NetworkConfig transactions schedule.
 *
 * <p>Key: the height as 8 big-endian bytes (so keys sort by height). Entry version 1: height u64, text size u32,
 * text (UTF-8), JSON size u32, JSON (UTF-8).
 */
public final class NetworkConfigCache {
    /** The cache's name. */
    public static final String NAME = "network_config";
    /** Its position in Sirius's CacheId order. */
    public static final int CACHE_ID = 0;
    /** The descriptor. */
    public static final CacheDescriptor<Height, NetworkConfigEntry> DESCRIPTOR =
            new CacheDescriptor<>(NAME, CACHE_ID, KeyCodec.uint64("a network config key", Height::value, Height::new),
                    new Entries());

    private NetworkConfigCache() {
    }

    /** Heights as 8 big-endian bytes. */
    /** Version 1 of the entry. */
    private static final class Entries implements EntrySerializer<NetworkConfigEntry> {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public void write(NetworkConfigEntry entry, BinaryWriter out) {
            byte[] text = entry.text().getBytes(StandardCharsets.UTF_8);
            byte[] json = entry.supportedEntitiesJson().getBytes(StandardCharsets.UTF_8);
            out.writeI64(entry.height().value()).writeI32(text.length).writeBytes(text).writeI32(json.length).writeBytes(json);
        }

        @Override
        public NetworkConfigEntry read(BinaryReader in, int version) {
            if (version != 1) {
                throw new DecodeException("network config entry version " + version + " is unknown");
            }
            Height height = new Height(in.readI64("height"));
            String text = new String(in.readBytes(in.readSize32("text size"), "text"), StandardCharsets.UTF_8);
            String json = new String(in.readBytes(in.readSize32("json size"), "json"), StandardCharsets.UTF_8);
            return new NetworkConfigEntry(height, text, json);
        }
    }
}
