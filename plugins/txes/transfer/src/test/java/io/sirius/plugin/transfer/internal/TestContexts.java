package io.sirius.plugin.transfer.internal;

import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.Timestamp;
import io.sirius.api.validation.ValidationContext;
import java.util.Map;

/**
 * Validation contexts for unit tests: the config comes from a properties map parsed by the real section parser.
 */
public final class TestContexts {
    private TestContexts() {
    }

    /**
     * @param section the plugin's section
     * @param properties its keys and values
     * @return a context at height 10 on mijin-test
     */
    public static ValidationContext validation(ConfigSection<?> section, Map<String, String> properties) {
        Object parsed = section.parser().parse(new ConfigProperties(section.sectionName(), properties));
        return new ValidationContext() {
            @Override
            public Height height() {
                return new Height(10);
            }

            @Override
            public Timestamp blockTime() {
                return new Timestamp(1_000_000);
            }

            @Override
            public NetworkType network() {
                return NetworkType.MIJIN_TEST;
            }

            @Override
            public Hash256 generationHash() {
                return Hash256.ZERO;
            }

            @Override
            public <C> C config(ConfigSection<C> wanted) {
                if (!wanted.equals(section)) {
                    throw new IllegalArgumentException("no config for " + wanted.sectionName());
                }
                @SuppressWarnings("unchecked")
                C result = (C) parsed;
                return result;
            }
        };
    }
}
