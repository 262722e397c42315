package io.sirius.distribution;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;
import io.sirius.distribution.synthetic.SyntheticActivator;
import java.io.File;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds plugin bundles for the container tests with bnd, from the {@code synthetic} package of the test classes.
 * They are test doubles of third-party plugins, not production plugins.
 */
final class SyntheticBundles {

    private SyntheticBundles() {
    }

    /**
     * @param directory where the bundle goes
     * @param symbolicName the bundle's symbolic name
     * @param pluginName the plugin's name
     * @param types its transaction types
     * @param facility its result facility
     * @return the bundle file
     */
    static File build(File directory, String symbolicName, String pluginName, List<Integer> types, int facility)
            throws Exception {
        String typeList = types.stream().map(t -> String.format("0x%04X", t)).collect(Collectors.joining(","));
        File classes = new File(System.getProperty("sirius.testClasses", "target/test-classes"));
        try (Builder builder = new Builder()) {
            builder.addClasspath(classes);
            builder.setProperty("Bundle-SymbolicName", symbolicName);
            builder.setProperty("Bundle-Version", "1.0.0");
            builder.setProperty("Private-Package", "io.sirius.distribution.synthetic");
            builder.setProperty("Bundle-Activator", SyntheticActivator.class.getName());
            builder.setProperty("Import-Package", "io.sirius.api.*;version=\"[1.0,2)\",org.osgi.framework,*");
            builder.setProperty("-noimportjava", "true");
            builder.setProperty("Provide-Capability", "io.sirius.plugin;io.sirius.plugin=\"" + pluginName + "\""
                    + (types.isEmpty() ? "" : ";types:List<String>=\"" + typeList + "\""));
            builder.setProperty(SyntheticActivator.NAME_HEADER, pluginName);
            builder.setProperty(SyntheticActivator.TYPES_HEADER, typeList);
            builder.setProperty(SyntheticActivator.FACILITY_HEADER, String.format("0x%02X", facility));
            Jar jar = builder.build();
            if (!builder.isOk()) {
                throw new IllegalStateException("bnd could not build " + symbolicName + ": " + builder.getErrors());
            }
            directory.mkdirs();
            File file = new File(directory, symbolicName + ".jar");
            jar.write(file);
            return file;
        }
    }
}
