/** My Smart Protection feature: its validation class (the feature itself is declared in plugin.xml). */
package com.example.plugin;
