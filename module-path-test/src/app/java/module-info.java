/** A user's application on the module path: one requires, no --add-modules. */
// README snippet: module-path
module org.peelkit.example.modulepath {
    requires org.peelkit.rules;
    // Jackson writes this application's own record by reflection.
    opens org.peelkit.example.modulepath to tools.jackson.databind;
}
// end of README snippet
