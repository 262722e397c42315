package io.sirius.distribution.synthetic;

import io.sirius.api.plugin.TransactionPlugin;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Registers the synthetic bundle's plugin, configured from the bundle's {@code Sirius-Synthetic-*} headers.
 */
public final class SyntheticActivator implements BundleActivator {
    /** The plugin's name. */
    public static final String NAME_HEADER = "Sirius-Synthetic-Name";
    /** Its transaction types, comma separated, e.g. {@code 0x4170,0x4270}. */
    public static final String TYPES_HEADER = "Sirius-Synthetic-Types";
    /** Its result facility, e.g. {@code 0x70}. */
    public static final String FACILITY_HEADER = "Sirius-Synthetic-Facility";

    private ServiceRegistration<TransactionPlugin> registration;

    @Override
    public void start(BundleContext context) {
        Dictionary<String, String> headers = context.getBundle().getHeaders();
        List<Integer> types = new ArrayList<>();
        String declared = headers.get(TYPES_HEADER);
        if (declared != null && !declared.isBlank()) {
            for (String type : declared.split(",")) {
                types.add(Integer.decode(type.trim()));
            }
        }
        SyntheticPlugin plugin = new SyntheticPlugin(headers.get(NAME_HEADER), types,
                Integer.decode(headers.get(FACILITY_HEADER)));
        registration = context.registerService(TransactionPlugin.class, plugin, null);
    }

    @Override
    public void stop(BundleContext context) {
        registration.unregister();
    }
}
