// Mounts GraphiQL on the API's own endpoint. The key comes from the console's sign-in (sessionStorage of this tab)
// and goes into the headers editor, never into a URL.
(function () {
  'use strict';
  var endpoint = window.location.pathname;
  var key = window.sessionStorage.getItem('salesgraph.apiKey');
  var token = window.sessionStorage.getItem('salesgraph.bearer');
  var headers = {};
  if (key) headers['X-Api-Key'] = key;
  else if (token) headers.Authorization = 'Bearer ' + token;

  // GraphiQL's own introspection query nests type references 9 deep; the API allows a depth of 12, so ask for 6
  // (enough for [[X!]!]!) and hand GraphiQL the result.
  var typeRef = 'kind name ' + new Array(7).join('ofType { kind name ') + new Array(7).join('}');
  var introspection = 'query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name } '
    + 'types { ...FullType } directives { name description locations args { ...InputValue } } } } '
    + 'fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name description args { ...InputValue } '
    + 'type { ...TypeRef } isDeprecated deprecationReason } inputFields { ...InputValue } interfaces { ...TypeRef } '
    + 'enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } } '
    + 'fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue } '
    + 'fragment TypeRef on __Type { ' + typeRef + ' }';

  function mount(schema) {
    var props = {
      fetcher: GraphiQL.createFetcher({ url: endpoint }),
      defaultHeaders: JSON.stringify(headers, null, 2),
      headers: JSON.stringify(headers, null, 2),
      shouldPersistHeaders: false,
      // Tabs and history in this tab's sessionStorage, like the key: nothing of a session outlives it.
      storage: window.sessionStorage,
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: 'headers',
      defaultQuery: '# Signed in from the console when a key is in the headers below.\n{\n  viewer { name role }\n}\n'
    };
    if (schema) props.schema = schema;
    ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));
  }

  if (!key && !token) {
    mount(null);
    return;
  }
  fetch(endpoint, {
    method: 'POST',
    headers: Object.assign({ 'Content-Type': 'application/json', Accept: 'application/json' }, headers),
    body: JSON.stringify({ query: introspection, operationName: 'IntrospectionQuery' })
  }).then(function (r) { return r.json(); })
    .then(function (body) { mount(body && body.data && body.data.__schema ? body.data : null); })
    .catch(function () { mount(null); });
})();
