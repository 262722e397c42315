package io.sirius.plugin.config.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.kernel.config.NetworkConfiguration;
import io.sirius.kernel.config.PluginConfigCheck;
import io.sirius.plugin.config.model.NetworkConfigNotification;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The proposed configuration must pass the kernel's {@link PluginConfigCheck}: the kernel's own sections and every
 * registered plugin's section, each parsed by that plugin's own parser, judged against the configuration in force.
 * Any problem fails the proposal with {@code Failure_NetworkConfig_Plugin_Config_Malformed}, and the problems are
 * logged at DEBUG. The rule does not apply ({@link ResultCodes#NEUTRAL}) when the proposal does not parse or no
 * configuration is in force; other validators report those.
 */
public final class NetworkConfigPluginCheckValidator implements StatefulValidator<NetworkConfigNotification> {
    private static final Logger LOG = LoggerFactory.getLogger(NetworkConfigPluginCheckValidator.class);

    private final PluginConfigCheck check;

    /**
     * @param check the kernel's check of a whole configuration
     */
    public NetworkConfigPluginCheckValidator(PluginConfigCheck check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public Class<NetworkConfigNotification> notificationType() {
        return NetworkConfigNotification.class;
    }

    @Override
    public ResultCode validate(NetworkConfigNotification notification, StatefulValidationContext context) {
        Optional<NetworkConfiguration> proposed = ProposedConfig.configuration(notification);
        if (proposed.isEmpty()) {
            return ResultCodes.NEUTRAL;
        }
        Optional<NetworkConfiguration> current = ConfigInForce.at(context);
        if (current.isEmpty()) {
            return ResultCodes.NEUTRAL;
        }
        List<String> problems = check.problems(proposed.get(), current.get());
        if (problems.isEmpty()) {
            return ResultCodes.SUCCESS;
        }
        LOG.debug("network config proposed at height {} fails the plugin config check: {}", context.height(), problems);
        return NetworkConfigResults.PLUGIN_CONFIG_MALFORMED;
    }
}
