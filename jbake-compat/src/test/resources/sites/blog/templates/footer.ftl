<footer>Baked with JBake ${version}</footer>
</body>
</html>
