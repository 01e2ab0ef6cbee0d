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
  var fetcher = GraphiQL.createFetcher({ url: endpoint });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultHeaders: JSON.stringify(headers, null, 2),
    headers: JSON.stringify(headers, null, 2),
    shouldPersistHeaders: false,
    isHeadersEditorEnabled: true,
    defaultEditorToolsVisibility: 'headers',
    defaultQuery: '# Signed in from the console when a key is in the headers below.\n{\n  viewer { name role }\n}\n'
  }));
})();
