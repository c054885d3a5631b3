/** Contract tests any Smart Protection feature's test bundle extends (API for plug-in developers). */
package org.agentproxy.smartprotection.tests.contract;
