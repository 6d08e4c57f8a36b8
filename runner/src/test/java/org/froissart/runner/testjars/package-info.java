/**
 * Test plugins that PluginErrorsTest packs into jars at run time (they are not registered in the test
 * class path's META-INF/services, so the runner only sees them through those jars). They use the API
 * only: in a jar, they are loaded by a plugin class loader that sees nothing else.
 */
package org.froissart.runner.testjars;
